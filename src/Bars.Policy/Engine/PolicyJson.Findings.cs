using System.Globalization;
using System.Text.Json;
using Bars.Policy.Json;

namespace Bars.Policy;

public static partial class PolicyJson
{
    /// <summary>
    /// Writes a decision as one JSON value with its findings at the <paramref name="findings"/> level:
    /// <see cref="FindingsDetail.Full"/> is exactly <see cref="Write(Utf8JsonWriter, PolicyDecision)"/>;
    /// <see cref="FindingsDetail.Ids"/> keeps each finding's <c>ruleId</c> and <c>claims</c>;
    /// <see cref="FindingsDetail.None"/> leaves out every <c>findings</c> member. Every other member is written as
    /// the contract writes it, in the same order.
    /// </summary>
    /// <param name="writer">Where to write; its options (escaping, indentation) are used as they are.</param>
    /// <param name="decision">The decision.</param>
    /// <param name="findings">How much of each finding to keep.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="findings"/> is not a defined level.</exception>
    public static void Write(Utf8JsonWriter writer, PolicyDecision decision, FindingsDetail findings)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(decision);
        switch (findings)
        {
            case FindingsDetail.Full:
                Write(writer, decision);
                return;
            case FindingsDetail.Ids:
            case FindingsDetail.None:
                ShortDecision.Write(writer, decision, findings);
                return;
            default:
                throw new ArgumentOutOfRangeException(nameof(findings), findings, "Not a level of findings detail.");
        }
    }

    /// <summary>The contract's members, written by hand so that findings can be cut; tested against the full form.</summary>
    private static class ShortDecision
    {
        public static void Write(Utf8JsonWriter w, PolicyDecision d, FindingsDetail detail)
        {
            w.WriteStartObject();
            String(w, "caseId", d.CaseId);
            String(w, "region", d.Region);
            Date(w, "asOf", d.AsOf);
            if (d.Enlistment is { } e)
            {
                w.WriteStartObject("enlistment");
                w.WriteString("outcome", e.Outcome.ToString());
                Reason(w, e.UndeterminedReason);
                Findings(w, e.Findings, detail);
                w.WriteEndObject();
            }
            else
            {
                w.WriteNull("enlistment");
            }

            w.WriteStartArray("entitlements");
            foreach (var x in d.Entitlements)
            {
                w.WriteStartObject();
                w.WriteString("kind", x.Kind.ToString());
                w.WriteString("status", x.Status.ToString());
                Amount(w, x.AmountRub);
                String(w, "period", x.Period?.ToString());
                Reason(w, x.UndeterminedReason);
                Findings(w, x.Findings, detail);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("obligations");
            foreach (var x in d.Obligations)
            {
                w.WriteStartObject();
                w.WriteString("kind", x.Kind.ToString());
                w.WriteString("status", x.Status.ToString());
                Amount(w, x.AmountRub);
                Reason(w, x.UndeterminedReason);
                Findings(w, x.Findings, detail);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            if (d.Service is { } s)
            {
                w.WriteStartObject("service");
                w.WriteString("phase", s.Phase.ToString());
                Reason(w, s.UndeterminedReason);
                Date(w, "trainingEndsOn", s.TrainingEndsOn);
                w.WriteStartArray("duties");
                foreach (var duty in s.Duties) w.WriteStringValue(duty);
                w.WriteEndArray();
                Findings(w, s.Findings, detail);
                w.WriteEndObject();
            }
            else
            {
                w.WriteNull("service");
            }

            w.WriteStartArray("errors");
            foreach (var error in d.Errors)
            {
                w.WriteStartObject();
                w.WriteString("path", error.Path);
                w.WriteString("message", error.Message);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        private static void Findings(Utf8JsonWriter w, IReadOnlyList<Finding> findings, FindingsDetail detail)
        {
            if (detail == FindingsDetail.None) return;
            w.WriteStartArray("findings");
            foreach (var f in findings)
            {
                w.WriteStartObject();
                w.WriteString("ruleId", f.RuleId);
                w.WriteStartArray("claims");
                foreach (var claim in f.Claims) w.WriteStringValue(claim);
                w.WriteEndArray();
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        private static void String(Utf8JsonWriter w, string name, string? value)
        {
            if (value is null) w.WriteNull(name);
            else w.WriteString(name, value);
        }

        private static void Date(Utf8JsonWriter w, string name, DateOnly? value) =>
            String(w, name, value?.ToString(IsoDate.Format, CultureInfo.InvariantCulture));

        private static void Reason(Utf8JsonWriter w, UndeterminedReason? reason) => String(w, "undeterminedReason", reason?.ToString());

        private static void Amount(Utf8JsonWriter w, decimal? amount)
        {
            if (amount is { } a) w.WriteNumber("amountRub", a);
            else w.WriteNull("amountRub");
        }
    }
}
