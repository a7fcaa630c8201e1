using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using FactoryTwin.Scenarios.Format;

namespace FactoryTwin.Scenarios.Reading;

/// <summary>Checks a JSON document against the scenario records and reports every problem, not just the first.</summary>
/// <remarks>
/// System.Text.Json stops at the first error. This walks the document beside the serializer's own contract (the
/// same property names, types, required flags and nullability it will use), so everything it lets through
/// deserializes, and every unknown field, wrong type, missing field, null or out-of-range number is listed at once.
/// </remarks>
internal sealed class JsonShapeValidator
{
    private const int MaxShownLength = 40;
    private const double MaxMagnitude = 1e15;
    private readonly JsonSerializerOptions _options;
    private readonly List<ScenarioProblem> _problems = [];

    private JsonShapeValidator(JsonSerializerOptions options) => _options = options;

    public static IReadOnlyList<ScenarioProblem> Validate(JsonElement root, Type type, JsonSerializerOptions options)
    {
        var validator = new JsonShapeValidator(options);
        validator.Value(root, type, "$", range: null);
        return validator._problems;
    }

    private void Value(JsonElement element, Type type, string path, ICustomAttributeProvider? range, bool required = false)
    {
        if (element.ValueKind == JsonValueKind.Null)
        {
            Add(path, path.EndsWith(']') ? $"must not be null (an entry of the list must be {Describe(type)})"
                : required ? $"is required and must not be null ({Describe(type)})"
                : "must not be null; leave the field out to use its default");
            return;
        }
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(DistributionSpec))
            Distribution(element, path);
        else if (type == typeof(LocationSpec))
            Location(element, path);
        else if (type == typeof(BrainSpec))
            Brain(element, path);
        else if (type == typeof(string))
            Expect(element, JsonValueKind.String, "a string", path);
        else if (type == typeof(bool))
        {
            if (element.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
                Add(path, $"must be true or false (got {Shown(element)})");
        }
        else if (type == typeof(int) || type == typeof(long))
            WholeNumber(element, path, type == typeof(int) ? int.MinValue : long.MinValue, type == typeof(int) ? int.MaxValue : long.MaxValue, range);
        else if (type == typeof(double))
            Number(element, path, range);
        else if (type.IsEnum)
            EnumValue(element, type, path, range);
        else
            Composite(element, type, path);
    }

    private void Composite(JsonElement element, Type type, string path)
    {
        var info = _options.GetTypeInfo(type);
        switch (info.Kind)
        {
            case JsonTypeInfoKind.Enumerable:
                if (!Expect(element, JsonValueKind.Array, "a list [...]", path))
                    return;
                var elementType = info.ElementType!;
                var i = 0;
                foreach (var item in element.EnumerateArray())
                    Value(item, elementType, JsonLineIndex.Element(path, i++), range: null);
                break;
            case JsonTypeInfoKind.Object:
                if (Expect(element, JsonValueKind.Object, "an object {...}", path))
                    Object(element, info, path);
                break;
            default:
                throw new NotSupportedException($"The scenario format has a field of type {type.Name} that the validator does not know.");
        }
    }

    private void Object(JsonElement element, JsonTypeInfo info, string path)
    {
        var known = info.Properties.ToDictionary(p => p.Name, StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            var propertyPath = JsonLineIndex.Property(path, property.Name);
            if (!seen.Add(property.Name))
            {
                Add(propertyPath, "appears twice");
                continue;
            }
            if (!known.TryGetValue(property.Name, out var field))
            {
                Add(propertyPath, Retired(info.Type, property.Name) ?? UnknownField(property.Name, known.Keys));
                continue;
            }
            Value(property.Value, field.PropertyType, propertyPath, field.AttributeProvider, field.IsRequired);
        }
        foreach (var field in info.Properties.Where(p => p.IsRequired && !seen.Contains(p.Name)))
            Add(JsonLineIndex.Property(path, field.Name), $"is required ({Describe(field.PropertyType)})");
    }

    private void Distribution(JsonElement element, string path)
    {
        if (element.ValueKind == JsonValueKind.Number)
        {
            NonNegativeSeconds(element, path);
            return;
        }
        if (element.ValueKind != JsonValueKind.Object || element.EnumerateObject().Count() != 1)
        {
            Add(path, $"must be a number of seconds or one distribution such as {{\"exponential\": {{\"meanSeconds\": 60}}}} (got {Shown(element)})");
            return;
        }
        var property = element.EnumerateObject().Single();
        var kindPath = JsonLineIndex.Property(path, property.Name);
        if (property.Name == DistributionKinds.EmpiricalName)
        {
            if (!Expect(property.Value, JsonValueKind.Array, "a list of observed seconds", kindPath))
                return;
            if (property.Value.GetArrayLength() == 0)
                Add(kindPath, "needs at least one observed value");
            var i = 0;
            foreach (var value in property.Value.EnumerateArray())
                NonNegativeSeconds(value, JsonLineIndex.Element(kindPath, i++));
            return;
        }
        if (property.Name == DistributionKinds.MixtureName)
        {
            Mixture(property.Value, kindPath);
            return;
        }
        if (DistributionKinds.Find(property.Name) is not { } kind)
        {
            Add(kindPath, $"is not a distribution; write a fixed time as a plain number of seconds, or use one of {DistributionKinds.Names}{Suggestion(property.Name, DistributionKinds.All.Select(k => k.Name).Append(DistributionKinds.EmpiricalName).Append(DistributionKinds.MixtureName))}");
            return;
        }
        if (!Expect(property.Value, JsonValueKind.Object, $"an object with {string.Join(", ", kind.ParameterNames)}", kindPath))
            return;
        var parameters = new Dictionary<string, double>(StringComparer.Ordinal);
        var given = new HashSet<string>(StringComparer.Ordinal);
        foreach (var parameter in property.Value.EnumerateObject())
        {
            var parameterPath = JsonLineIndex.Property(kindPath, parameter.Name);
            if (!given.Add(parameter.Name))
                Add(parameterPath, "appears twice");
            else if (!kind.ParameterNames.Contains(parameter.Name))
                Add(parameterPath, UnknownField(parameter.Name, kind.ParameterNames));
            else if (NonNegativeSeconds(parameter.Value, parameterPath))
                parameters[parameter.Name] = parameter.Value.GetDouble();
        }
        foreach (var missing in kind.ParameterNames.Where(n => !property.Value.TryGetProperty(n, out _)))
            Add(JsonLineIndex.Property(kindPath, missing), "is required (a number)");
        if (parameters.Count == kind.ParameterNames.Count)
        {
            foreach (var (parameter, message) in kind.Check(parameters))
                Add(JsonLineIndex.Property(kindPath, parameter), message);
        }
    }

    /// <summary>A list of at least two parts, each <c>{"p": probability, "of": distribution}</c>, whose probabilities add up to 1.</summary>
    private void Mixture(JsonElement list, string path)
    {
        if (!Expect(list, JsonValueKind.Array, "a list of parts such as {\"p\": 0.9, \"of\": {\"exponential\": {\"meanSeconds\": 60}}}", path))
            return;
        if (list.GetArrayLength() < 2)
            Add(path, $"needs at least two parts (got {list.GetArrayLength()})");
        var sum = 0.0;
        var allGiven = true;
        var i = 0;
        foreach (var part in list.EnumerateArray())
        {
            var partPath = JsonLineIndex.Element(path, i++);
            if (!Expect(part, JsonValueKind.Object, "an object with p and of", partPath))
            {
                allGiven = false;
                continue;
            }
            foreach (var field in part.EnumerateObject().Where(f => f.Name is not ("p" or "of")))
                Add(JsonLineIndex.Property(partPath, field.Name), UnknownField(field.Name, ["p", "of"]));
            var pPath = JsonLineIndex.Property(partPath, "p");
            if (!part.TryGetProperty("p", out var p))
            {
                Add(pPath, "is required (a probability above 0, at most 1)");
                allGiven = false;
            }
            else if (!Expect(p, JsonValueKind.Number, "a probability", pPath))
            {
                allGiven = false;
            }
            else if (p.GetDouble() is not (> 0 and <= 1))
            {
                Add(pPath, $"must be above 0 and at most 1 (got {Shown(p)})");
                allGiven = false;
            }
            else
            {
                sum += p.GetDouble();
            }
            if (part.TryGetProperty("of", out var of))
                Distribution(of, JsonLineIndex.Property(partPath, "of"));
            else
                Add(JsonLineIndex.Property(partPath, "of"), "is required (a number of seconds or a distribution)");
        }
        if (allGiven && list.GetArrayLength() >= 2 && Math.Abs(sum - 1) > 1e-9)
            Add(path, string.Create(CultureInfo.InvariantCulture, $"the parts' p must add up to 1 (got {sum:R})"));
    }

    private void Location(JsonElement element, string path)
    {
        if (element.ValueKind == JsonValueKind.String)
            return;
        if (element.ValueKind == JsonValueKind.Array && element.GetArrayLength() == 2
            && element.EnumerateArray().All(v => v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out _)))
            return;
        Add(path, $"must be a node id such as \"dock\" or a grid cell [x, y] of two whole numbers (got {Shown(element)})");
    }

    private void Brain(JsonElement element, string path)
    {
        if (element.ValueKind == JsonValueKind.String)
            return;
        const string Shape = "must be a brain's name such as \"greedy\" or a program such as {\"command\": [\"python3\", \"brain.py\"]}";
        if (element.ValueKind != JsonValueKind.Object)
        {
            Add(path, $"{Shape} (got {Shown(element)})");
            return;
        }
        foreach (var property in element.EnumerateObject().Where(p => p.Name != "command"))
            Add(JsonLineIndex.Property(path, property.Name), UnknownField(property.Name, ["command"]));
        var commandPath = JsonLineIndex.Property(path, "command");
        if (!element.TryGetProperty("command", out var command))
        {
            Add(commandPath, "is required (a list: the program, then its arguments)");
            return;
        }
        if (!Expect(command, JsonValueKind.Array, "a list: the program, then its arguments", commandPath))
            return;
        if (command.GetArrayLength() == 0)
            Add(commandPath, "needs at least the program to run");
        var i = 0;
        foreach (var argument in command.EnumerateArray())
        {
            var argumentPath = JsonLineIndex.Element(commandPath, i++);
            if (Expect(argument, JsonValueKind.String, "a string", argumentPath) && argument.GetString()!.Length == 0 && i == 1)
                Add(argumentPath, "must name the program to run (got \"\")");
        }
    }

    private bool NonNegativeSeconds(JsonElement element, string path)
    {
        if (!Expect(element, JsonValueKind.Number, "a number of seconds", path))
            return false;
        if (!element.TryGetDouble(out var value) || !double.IsFinite(value))
            Add(path, $"is too large (got {Shown(element)})");
        else if (value < 0)
            Add(path, $"must be at least 0 (got {Shown(element)})");
        else if (value > DistributionKinds.MaxSeconds)
            Add(path, $"must be at most {DistributionKinds.MaxSeconds:G} seconds, about 31 years (got {Shown(element)})");
        else
            return true;
        return false;
    }

    private void WholeNumber(JsonElement element, string path, long min, long max, ICustomAttributeProvider? range)
    {
        if (!Expect(element, JsonValueKind.Number, "a whole number", path))
            return;
        if (!element.TryGetInt64(out var value))
        {
            var message = !element.TryGetDouble(out var d) || !double.IsFinite(d) || Math.Abs(d) >= 9e18
                ? "is too large"
                : d == Math.Floor(d)
                    ? "must be written as a whole number, without a decimal point or exponent"
                    : "must be a whole number";
            Add(path, $"{message} (got {Shown(element)})");
            return;
        }
        if (value < min || value > max)
        {
            Add(path, $"is too large (got {Shown(element)})");
            return;
        }
        InRange(value, path, range, element);
    }

    private void Number(JsonElement element, string path, ICustomAttributeProvider? range)
    {
        if (!Expect(element, JsonValueKind.Number, "a number", path))
            return;
        // No quantity in a factory is anywhere near 10^15 of its unit; such a number is a typo.
        if (!element.TryGetDouble(out var value) || !double.IsFinite(value) || Math.Abs(value) > MaxMagnitude)
        {
            Add(path, $"is too large (got {Shown(element)})");
            return;
        }
        InRange(value, path, range, element);
    }

    private void InRange(double value, string path, ICustomAttributeProvider? range, JsonElement element)
    {
        if (range is null)
            return;
        foreach (var attribute in range.GetCustomAttributes(inherit: false))
        {
            var problem = attribute switch
            {
                AtLeastAttribute a when value < a.Minimum => $"must be at least {a.Minimum:G}",
                GreaterThanAttribute g when value <= g.Bound => $"must be greater than {g.Bound:G}",
                AtMostAttribute m when value > m.Maximum => $"must be at most {m.Maximum:G}",
                _ => null,
            };
            if (problem is not null)
                Add(path, $"{problem} (got {Shown(element)})");
        }
    }

    private void EnumValue(JsonElement element, Type type, string path, ICustomAttributeProvider? field)
    {
        var names = Enum.GetNames(type).Select(n => JsonNamingPolicy.KebabCaseLower.ConvertName(n)).ToArray();
        if (element.ValueKind == JsonValueKind.String && names.Contains(element.GetString()))
            return;
        var got = element.ValueKind == JsonValueKind.String ? element.GetString()! : "";
        if (Retired(field, got) is { } retired)
        {
            Add(path, $"{retired} (got {Shown(element)})");
            return;
        }
        Add(path, $"must be one of {string.Join(", ", names)} (got {Shown(element)}){Suggestion(got, names)}");
    }

    private bool Expect(JsonElement element, JsonValueKind kind, string what, string path)
    {
        if (element.ValueKind == kind)
            return true;
        Add(path, $"must be {what} (got {Shown(element)})");
        return false;
    }

    private void Add(string path, string message) => _problems.Add(new ScenarioProblem(path, message));

    /// <summary>What replaced a field or value of an earlier version of the format, or null if it never existed.</summary>
    private static string? Retired(ICustomAttributeProvider? where, string name) =>
        where?.GetCustomAttributes(typeof(RetiredAttribute), inherit: false).Cast<RetiredAttribute>().FirstOrDefault(r => r.Name == name)?.Message;

    private static string UnknownField(string name, IEnumerable<string> known) =>
        $"is not a known field{Suggestion(name, known)}; known fields: {string.Join(", ", known.Where(k => !k.StartsWith('$')))}";

    private static string Suggestion(string name, IEnumerable<string> candidates) =>
        Spelling.Closest(name, candidates) is { } close ? $"; did you mean '{close}'?" : "";

    private string Describe(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(string))
            return "a string";
        if (type == typeof(int) || type == typeof(long))
            return "a whole number";
        if (type == typeof(double))
            return "a number";
        if (type == typeof(DistributionSpec))
            return "a number of seconds or a distribution";
        if (type.IsEnum)
            return $"one of {string.Join(", ", Enum.GetNames(type).Select(n => JsonNamingPolicy.KebabCaseLower.ConvertName(n)))}";
        return _options.GetTypeInfo(type).Kind == JsonTypeInfoKind.Enumerable ? "a list [...]" : "an object {...}";
    }

    /// <summary>The offending JSON, short enough for one line.</summary>
    private static string Shown(JsonElement element)
    {
        var text = element.ValueKind switch
        {
            JsonValueKind.Object => "an object",
            JsonValueKind.Array => $"a list of {element.GetArrayLength()}",
            JsonValueKind.Null => "null",
            _ => element.GetRawText(),
        };
        text = new string([.. text.Select(c => char.IsControl(c) ? '?' : c)]);
        return text.Length > MaxShownLength ? text[..MaxShownLength] + "..." : text;
    }
}
