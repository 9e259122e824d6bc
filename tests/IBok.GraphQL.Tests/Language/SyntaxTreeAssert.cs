using System.Collections;
using System.Reflection;
using IBok.GraphQL.Language;

namespace IBok.GraphQL.Tests.Language;

/// <summary>Structural comparison of syntax trees that ignores locations.</summary>
public static class SyntaxTreeAssert
{
    public static void Equal(SyntaxNode expected, SyntaxNode actual)
    {
        var difference = FindDifference(expected, actual, "$");
        Assert.True(difference is null, difference);
    }

    private static string? FindDifference(object? expected, object? actual, string path)
    {
        if (expected is null || actual is null)
        {
            return expected is null && actual is null ? null : $"{path}: expected {expected ?? "null"}, got {actual ?? "null"}";
        }

        if (expected.GetType() != actual.GetType())
        {
            return $"{path}: expected {expected.GetType().Name}, got {actual.GetType().Name}";
        }

        if (expected is SyntaxNode)
        {
            foreach (var property in expected.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                if (property.Name == nameof(SyntaxNode.Location))
                {
                    continue;
                }

                var difference = FindDifference(property.GetValue(expected), property.GetValue(actual), path + "." + property.Name);
                if (difference is not null)
                {
                    return difference;
                }
            }

            return null;
        }

        if (expected is IList expectedList && actual is IList actualList)
        {
            if (expectedList.Count != actualList.Count)
            {
                return $"{path}: expected {expectedList.Count} items, got {actualList.Count}";
            }

            for (var i = 0; i < expectedList.Count; i++)
            {
                var difference = FindDifference(expectedList[i], actualList[i], $"{path}[{i}]");
                if (difference is not null)
                {
                    return difference;
                }
            }

            return null;
        }

        return Equals(expected, actual) ? null : $"{path}: expected {expected}, got {actual}";
    }
}
