using System.Collections;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace IBok.GraphQL.Execution;

/// <summary>
/// Writes an <see cref="ExecutionResult"/> as the JSON response of spec 7.1 (Response Format) with
/// graphql-js's key order: <c>errors</c> (only when there are errors), <c>data</c> (unless a request error),
/// <c>extensions</c> (only when set). Each error is <c>message</c>, <c>locations</c>, <c>path</c>,
/// <c>extensions</c> (spec 7.1.2), the last three only when present.
/// </summary>
public static class ExecutionResultJson
{
    /// <summary>
    /// How every GraphQL response of iBOK is written, the same as the HTTP and WebSocket transports write theirs:
    /// letters of every language as they are (UTF-8), so "ł" is one readable character rather than <c>\u0142</c>;
    /// quotes, backslashes, control characters and lone surrogates are still escaped, so the output is always valid
    /// JSON. HTML-sensitive characters are not escaped because a response is served as JSON, never inside a page.
    /// </summary>
    public static JsonWriterOptions WriterOptions { get; } = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes <paramref name="result"/> to <paramref name="writer"/>.</summary>
    public static void Write(Utf8JsonWriter writer, ExecutionResult result)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(result);
        writer.WriteStartObject();
        if (result.Errors.Count > 0)
        {
            writer.WritePropertyName("errors");
            writer.WriteStartArray();
            foreach (var error in result.Errors)
            {
                WriteError(writer, error);
            }

            writer.WriteEndArray();
        }

        if (result.HasData)
        {
            writer.WritePropertyName("data");
            WriteValue(writer, result.Data);
        }

        if (result.Extensions is not null)
        {
            writer.WritePropertyName("extensions");
            WriteValue(writer, result.Extensions);
        }

        writer.WriteEndObject();
    }

    /// <summary>The response as a JSON string.</summary>
    public static string Serialize(ExecutionResult result, bool indented = false)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, indented ? WriterOptions with { Indented = true } : WriterOptions))
        {
            Write(writer, result);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Writes one error object (spec 7.1.2).</summary>
    public static void WriteError(Utf8JsonWriter writer, GraphQLError error)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(error);
        writer.WriteStartObject();
        writer.WriteString("message", error.Message);
        if (error.Locations is not null)
        {
            writer.WritePropertyName("locations");
            writer.WriteStartArray();
            foreach (var location in error.Locations)
            {
                writer.WriteStartObject();
                writer.WriteNumber("line", location.Line);
                writer.WriteNumber("column", location.Column);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        if (error.Path is not null)
        {
            writer.WritePropertyName("path");
            writer.WriteStartArray();
            foreach (var segment in error.Path)
            {
                if (segment is int index)
                {
                    writer.WriteNumberValue(index);
                }
                else
                {
                    writer.WriteStringValue((string)segment);
                }
            }

            writer.WriteEndArray();
        }

        if (error.Extensions is not null)
        {
            writer.WritePropertyName("extensions");
            WriteValue(writer, error.Extensions);
        }

        writer.WriteEndObject();
    }

    /// <summary>
    /// Writes a completed value: null, strings, booleans, numbers, maps with string keys (in their order) and
    /// sequences. Other values (only possible in host-supplied extensions) go through <see cref="JsonSerializer"/>.
    /// </summary>
    public static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        WriteValueCore(writer, value);
    }

    private static void WriteValueCore(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string text:
                writer.WriteStringValue(text);
                break;
            case ResponseMap map:
                // The executor's own objects: keys encoded once per selection plan, values read from the array.
                writer.WriteStartObject();
                var keys = map.EncodedKeys;
                var values = map.Values;
                for (var index = 0; index < values.Length; index++)
                {
                    writer.WritePropertyName(keys[index]);
                    WriteValueCore(writer, values[index]);
                }

                writer.WriteEndObject();
                break;
            case object?[] array:
                writer.WriteStartArray();
                foreach (var item in array)
                {
                    WriteValueCore(writer, item);
                }

                writer.WriteEndArray();
                break;
            case bool flag:
                writer.WriteBooleanValue(flag);
                break;
            case int number:
                writer.WriteNumberValue(number);
                break;
            case long number:
                writer.WriteNumberValue(number);
                break;
            case double number:
                WriteDouble(writer, number);
                break;
            case float number:
                writer.WriteNumberValue(number);
                break;
            case decimal number:
                writer.WriteNumberValue(number);
                break;
            case short or byte or sbyte or ushort or uint:
                writer.WriteNumberValue(Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture));
                break;
            case ulong number:
                writer.WriteNumberValue(number);
                break;
            case JsonElement element:
                element.WriteTo(writer);
                break;
            case IReadOnlyDictionary<string, object?> map:
                writer.WriteStartObject();
                foreach (var (key, item) in map)
                {
                    writer.WritePropertyName(key);
                    WriteValueCore(writer, item);
                }

                writer.WriteEndObject();
                break;
            case IEnumerable items:
                writer.WriteStartArray();
                foreach (var item in items)
                {
                    WriteValueCore(writer, item);
                }

                writer.WriteEndArray();
                break;
            default:
                JsonSerializer.Serialize(writer, value, value.GetType());
                break;
        }
    }

    /// <summary>
    /// Writes a double exactly as <see cref="Utf8JsonWriter.WriteNumberValue(double)"/> does (the shortest text that
    /// reads back as the same double), taking a short cut for the values responses are mostly made of: whole
    /// numbers and numbers with at most two decimals (amounts, readings). Formatting a double the general way is
    /// the serializer's costliest step.
    /// </summary>
    /// <remarks>
    /// When <c>m / 100</c> (m whole, |m| below 2^53) equals the value, the value is the double nearest the decimal
    /// m/100, so that decimal reads back as the value; below 10^12 doubles are closer together than 0.001, so no
    /// other decimal with at most two places reads back as it and none with fewer digits does, which makes the
    /// decimal (without trailing zeros) the shortest text. Zero is left to the writer (it writes -0 as "-0").
    /// </remarks>
    internal static void WriteDouble(Utf8JsonWriter writer, double value)
    {
        if (value is > -1e12 and < 1e12 && value != 0)
        {
            var hundredths = Math.Round(value * 100);
            if (hundredths / 100 == value)
            {
                var whole = (long)hundredths;
                if (whole % 100 == 0)
                {
                    writer.WriteNumberValue(whole / 100);
                    return;
                }

                Span<byte> text = stackalloc byte[24];
                var length = 0;
                if (whole < 0)
                {
                    text[length++] = (byte)'-';
                    whole = -whole;
                }

                var (integral, fraction) = Math.DivRem(whole, 100);
                integral.TryFormat(text[length..], out var written, default, CultureInfo.InvariantCulture);
                length += written;
                text[length++] = (byte)'.';
                text[length++] = (byte)('0' + (fraction / 10));
                if (fraction % 10 != 0)
                {
                    text[length++] = (byte)('0' + (fraction % 10));
                }

                writer.WriteRawValue(text[..length], skipInputValidation: true);
                return;
            }
        }

        writer.WriteNumberValue(value);
    }
}
