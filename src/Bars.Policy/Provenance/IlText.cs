using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Reflection.Emit;
using System.Text;

[assembly: System.Reflection.Metadata.MetadataUpdateHandler(typeof(Bars.Policy.Provenance.IlText))]

namespace Bars.Policy.Provenance;

/// <summary>
/// A rule class's compiled code as text, for its fingerprint: each method and constructor the class declares (and
/// those of its nested, compiler-made classes), sorted by signature, as its IL opcodes with each token written as the
/// member, type or string it names. Where the runtime keeps no IL (native AOT), it says so instead.
/// </summary>
internal static class IlText
{
    private static readonly OpCode[] OneByte = new OpCode[256];
    private static readonly OpCode[] TwoByte = new OpCode[256];

    static IlText()
    {
        foreach (var field in typeof(OpCodes).GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            if (field.GetValue(null) is not OpCode op) continue;
            var value = (ushort)op.Value;
            if (value < 0x100) OneByte[value] = op;
            else if ((value & 0xFF00) == 0xFE00) TwoByte[value & 0xFF] = op;
        }
    }

    private const BindingFlags Declared = BindingFlags.DeclaredOnly | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static;

    // A loaded class's IL changes only by hot reload (then ClearCache forgets it all): each class is read once per
    // process (cold, reading the shipped rules' IL is some 20 ms of reflection), and dropped with its assembly when
    // that is unloaded.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Type, string> Read = new();

    /// <summary>Called by the runtime after a hot reload (<see cref="System.Reflection.Metadata.MetadataUpdateHandlerAttribute"/>):
    /// an edited rule's IL is read again, so its engine's fingerprint follows the edit.</summary>
    /// <param name="updatedTypes">The types changed, or null when unknown.</param>
    public static void ClearCache(Type[]? updatedTypes) => Read.Clear();

    /// <summary><paramref name="type"/>'s text (see <see cref="Append"/>), read once per process.</summary>
    public static string Of(Type type) => Read.GetValue(type, static t =>
    {
        var text = new StringBuilder();
        Append(text, t);
        return text.ToString();
    });

    /// <summary>Reads <paramref name="types"/> and their base classes below <paramref name="root"/> ahead, so that
    /// whoever asks for them later finds them read.</summary>
    public static void ReadAhead(IReadOnlyList<Type> types, Type root)
    {
        foreach (var rule in types)
        {
            foreach (var type in WithBases(rule, root)) _ = Of(type);
        }
    }

    /// <summary><paramref name="type"/> and its base classes, up to (not with) <paramref name="root"/>: the classes a
    /// rule's fingerprint reads.</summary>
    public static IEnumerable<Type> WithBases(Type type, Type root)
    {
        for (var t = type; t is not null && t != root; t = t.BaseType) yield return t;
    }

    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "A trimmed app keeps the rule classes' tokens it resolves (ILLink.Descriptors.xml, AddRuleSet requires unreferenced code).")]
    [UnconditionalSuppressMessage("Trimming", "IL2070", Justification = "The rule classes are kept whole (ILLink.Descriptors.xml; a host's through AddRuleSet).")]
    [UnconditionalSuppressMessage("Trimming", "IL2075", Justification = "The rule classes are kept whole (ILLink.Descriptors.xml; a host's through AddRuleSet).")]
    public static void Append(StringBuilder text, Type type)
    {
        var methods = type.GetMethods(Declared).Cast<MethodBase>().Concat(type.GetConstructors(Declared))
            .Select(m => (Signature: m.ToString() ?? m.Name, Method: m))
            .OrderBy(m => m.Signature, StringComparer.Ordinal);
        foreach (var (signature, method) in methods)
        {
            text.Append("  il ").Append(type.FullName).Append("::").Append(signature).Append(':');
            var body = method.GetMethodBody()?.GetILAsByteArray();
            if (body is null) text.Append(" (no IL kept)");
            else Decode(text, method.Module, body);
            text.Append('\n');
        }

        foreach (var nested in type.GetNestedTypes(BindingFlags.Public | BindingFlags.NonPublic).OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            Append(text, nested);
        }
    }

    /// <summary>The methods <paramref name="method"/>'s IL calls (none where no IL is kept).</summary>
    [RequiresUnreferencedCode("Resolves metadata tokens.")]
    public static IReadOnlyList<MethodBase> Calls(MethodBase method)
    {
        var calls = new List<MethodBase>();
        if (method.GetMethodBody()?.GetILAsByteArray() is not { } il) return calls;
        Walk(il, (op, token) =>
        {
            if (op.OperandType == OperandType.InlineMethod)
            {
                try
                {
                    if (method.Module.ResolveMethod(token) is { } called) calls.Add(called);
                }
                catch (ArgumentException)
                {
                    // a generic method of another context: not a Recorder call
                }
            }
        });
        return calls;
    }

    // Each opcode with its 4-byte token operand, if it has one.
    private static void Walk(byte[] il, Action<OpCode, int> visit)
    {
        var i = 0;
        while (i < il.Length)
        {
            var op = il[i] == 0xFE && i + 1 < il.Length ? TwoByte[il[++i]] : OneByte[il[i]];
            i++;
            var size = Size(op.OperandType, il, i);
            visit(op, size == 4 && IsToken(op.OperandType) ? BitConverter.ToInt32(il, i) : 0);
            i += size;
        }
    }

    private static bool IsToken(OperandType type) =>
        type is OperandType.InlineField or OperandType.InlineMethod or OperandType.InlineTok or OperandType.InlineType or OperandType.InlineString or OperandType.InlineSig;

    private static int Size(OperandType type, byte[] il, int at) => type switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        OperandType.InlineSwitch => 4 + (4 * BitConverter.ToInt32(il, at)),
        _ => 4,
    };

    [RequiresUnreferencedCode("Resolves metadata tokens.")]
    private static void Decode(StringBuilder text, Module module, byte[] il)
    {
        var i = 0;
        while (i < il.Length)
        {
            var op = il[i] == 0xFE && i + 1 < il.Length ? TwoByte[il[++i]] : OneByte[il[i]];
            i++;
            text.Append(' ').Append(op.Name);
            switch (op.OperandType)
            {
                case OperandType.InlineNone:
                    break;
                case OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar:
                    text.Append(' ').Append(il[i]);
                    i += 1;
                    break;
                case OperandType.InlineVar:
                    text.Append(' ').Append(BitConverter.ToUInt16(il, i));
                    i += 2;
                    break;
                case OperandType.InlineI8 or OperandType.InlineR:
                    text.Append(' ').Append(BitConverter.ToInt64(il, i));
                    i += 8;
                    break;
                case OperandType.InlineSwitch:
                    var n = BitConverter.ToInt32(il, i);
                    text.Append(' ').Append(n);
                    i += 4 + (4 * n);
                    break;
                case OperandType.InlineField or OperandType.InlineMethod or OperandType.InlineTok or OperandType.InlineType or OperandType.InlineString or OperandType.InlineSig:
                    text.Append(' ').Append(Token(module, op.OperandType, BitConverter.ToInt32(il, i)));
                    i += 4;
                    break;
                default: // InlineBrTarget, InlineI, ShortInlineR
                    text.Append(' ').Append(BitConverter.ToInt32(il, i));
                    i += 4;
                    break;
            }
        }
    }

    [RequiresUnreferencedCode("Resolves metadata tokens.")]
    private static string Token(Module module, OperandType kind, int token)
    {
        try
        {
            return kind switch
            {
                OperandType.InlineString => "\"" + module.ResolveString(token) + "\"",
                OperandType.InlineSig => "signature",
                _ => module.ResolveMember(token) switch
                {
                    Type t => t.FullName ?? t.Name,
                    MemberInfo m => $"{m.DeclaringType?.FullName}::{m}",
                    _ => "?",
                },
            };
        }
        catch (ArgumentException)
        {
            return "token"; // generic context needed: the opcode and the neighbours still tell the code apart
        }
    }
}
