using System.Globalization;
using System.Text.Json;

namespace Triangulate.Render;

/// <summary>The few shapes every writer needs: nullable values, string arrays, dates and spans.</summary>
internal static class JsonWriting
{
    /// <summary>A string property, or null.</summary>
    public static void WriteNullable(this Utf8JsonWriter writer, string name, string? value)
    {
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, value);
        }
    }

    /// <summary>A number property, or null.</summary>
    public static void WriteNullable(this Utf8JsonWriter writer, string name, double? value)
    {
        if (value is { } v)
        {
            writer.WriteNumber(name, v);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    /// <summary>A date property as <c>yyyy-MM-dd</c>, or null.</summary>
    public static void WriteNullable(this Utf8JsonWriter writer, string name, DateOnly? value) =>
        writer.WriteNullable(name, value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    /// <summary>An array of strings; a property when <paramref name="name"/> is given, else an array value.</summary>
    public static void WriteStrings(this Utf8JsonWriter writer, string? name, IEnumerable<string> values)
    {
        if (name is null)
        {
            writer.WriteStartArray();
        }
        else
        {
            writer.WriteStartArray(name);
        }

        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }

    /// <summary>The <c>start</c> and <c>end</c> (exclusive) properties of a span.</summary>
    public static void WriteSpan(this Utf8JsonWriter writer, int start, int end)
    {
        writer.WriteNumber("start", start);
        writer.WriteNumber("end", end);
    }
}
