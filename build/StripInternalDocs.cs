using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Xml.Linq;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

/// <summary>
/// Removes from a documentation file every member that is not visible outside its assembly (see PublicDocs.targets).
/// Inline tasks compile against .NET Standard, so MetadataLoadContext is created by reflection; everything after
/// that is ordinary System.Reflection over the loaded metadata.
/// </summary>
public sealed class StripInternalDocs : Task
{
    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    [Required] public string AssemblyPath { get; set; } = "";

    [Required] public string DocumentationFile { get; set; } = "";

    [Required] public ITaskItem[] References { get; set; } = Array.Empty<ITaskItem>();

    [Required] public string MetadataLoadContextPath { get; set; } = "";

    public override bool Execute()
    {
        var mlc = Assembly.LoadFrom(MetadataLoadContextPath);
        var resolverType = mlc.GetType("System.Reflection.PathAssemblyResolver", throwOnError: true)!;
        var contextType = mlc.GetType("System.Reflection.MetadataLoadContext", throwOnError: true)!;
        var paths = References.Select(r => r.GetMetadata("FullPath")).Append(AssemblyPath).ToArray();
        var resolver = Activator.CreateInstance(resolverType, new object[] { paths });
        using var context = (IDisposable)Activator.CreateInstance(contextType, resolver, "System.Runtime")!;
        var assembly = (Assembly)contextType.GetMethod("LoadFromAssemblyPath")!.Invoke(context, new object[] { AssemblyPath })!;

        var visible = new HashSet<string>(StringComparer.Ordinal);
        foreach (var type in assembly.GetTypes().Where(IsVisible))
        {
            visible.Add("T:" + Name(type));
            foreach (var member in type.GetMembers(Declared))
            {
                if (IsVisible(member) && Id(member) is { } id) visible.Add(id);
            }
        }

        var doc = XDocument.Load(DocumentationFile, LoadOptions.PreserveWhitespace);
        var hidden = doc.Descendants("member").Where(m => !visible.Contains((string)m.Attribute("name") ?? "")).ToList();
        foreach (var member in hidden)
        {
            if (member.PreviousNode is XText indent && string.IsNullOrWhiteSpace(indent.Value)) indent.Remove();
            member.Remove();
        }

        // As the compiler writes it: UTF-8 without a byte-order mark.
        using (var writer = System.Xml.XmlWriter.Create(DocumentationFile, new System.Xml.XmlWriterSettings { Encoding = new System.Text.UTF8Encoding(false) }))
        {
            doc.Save(writer);
        }

        Log.LogMessage(MessageImportance.Normal, $"{Path.GetFileName(DocumentationFile)}: removed {hidden.Count} members that are not public.");
        return !Log.HasLoggedErrors;
    }

    private static bool IsVisible(Type type) =>
        type.IsNested
            ? (type.IsNestedPublic || type.IsNestedFamily || type.IsNestedFamORAssem) && IsVisible(type.DeclaringType!)
            : type.IsPublic;

    private static bool IsVisible(MemberInfo member) => member switch
    {
        MethodBase m => m.IsPublic || m.IsFamily || m.IsFamilyOrAssembly,
        FieldInfo f => f.IsPublic || f.IsFamily || f.IsFamilyOrAssembly,
        PropertyInfo p => p.GetAccessors(nonPublic: true).Any(a => IsVisible(a)),
        EventInfo e => e.AddMethod is { } add && IsVisible(add),
        Type t => IsVisible(t),
        _ => false,
    };

    // Documentation ids as the C# compiler writes them (ECMA-334 annex D).
    private static string Id(MemberInfo member) => member switch
    {
        MethodBase m => "M:" + Name(m.DeclaringType!) + "." + m.Name.Replace('.', '#')
            + (m.IsGenericMethodDefinition ? "``" + m.GetGenericArguments().Length : "")
            + Parameters(m.GetParameters())
            + (m.Name is "op_Implicit" or "op_Explicit" && m is MethodInfo mi ? "~" + TypeId(mi.ReturnType) : ""),
        PropertyInfo p => "P:" + Name(p.DeclaringType!) + "." + p.Name.Replace('.', '#') + Parameters(p.GetIndexParameters()),
        FieldInfo f => "F:" + Name(f.DeclaringType!) + "." + f.Name,
        EventInfo e => "E:" + Name(e.DeclaringType!) + "." + e.Name.Replace('.', '#'),
        _ => null,
    };

    private static string Parameters(ParameterInfo[] parameters) =>
        parameters.Length == 0 ? "" : "(" + string.Join(",", parameters.Select(p => TypeId(p.ParameterType))) + ")";

    private static string Name(Type type) =>
        (type.IsNested ? Name(type.DeclaringType!) : type.Namespace is { Length: > 0 } ns ? ns : null) is { } outer
            ? outer + "." + type.Name
            : type.Name;

    private static string TypeId(Type type)
    {
        if (type.IsGenericParameter) return (type.DeclaringMethod is null ? "`" : "``") + type.GenericParameterPosition;
        if (type.IsByRef) return TypeId(type.GetElementType()!) + "@";
        if (type.IsPointer) return TypeId(type.GetElementType()!) + "*";
        if (type.IsArray)
        {
            var rank = type.GetArrayRank();
            return TypeId(type.GetElementType()!) + (rank == 1 ? "[]" : "[" + string.Join(",", Enumerable.Repeat("0:", rank)) + "]");
        }

        if (type.IsGenericType && !type.IsGenericTypeDefinition)
        {
            var definition = Name(type.GetGenericTypeDefinition());
            var tick = definition.LastIndexOf('`');
            return definition.Substring(0, tick) + "{" + string.Join(",", type.GetGenericArguments().Select(TypeId)) + "}";
        }

        return Name(type);
    }
}
