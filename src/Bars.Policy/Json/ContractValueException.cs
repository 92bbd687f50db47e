using System.Text.Json;

namespace Bars.Policy.Json;

/// <summary>
/// A converter's refusal whose message is already written for people (e.g. a date that does not exist): the error
/// carries it as is, instead of the field's generic expectation.
/// </summary>
internal sealed class ContractValueException(string message) : JsonException(message);
