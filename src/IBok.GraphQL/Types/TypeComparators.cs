namespace IBok.GraphQL.Types;

/// <summary>
/// Type relations the validation rules and the executor need (graphql-js <c>utilities/typeComparators</c>).
/// </summary>
public static class TypeComparators
{
    /// <summary>
    /// Whether a value of <paramref name="maybeSubType"/> can be used where <paramref name="superType"/> is
    /// expected: equal types, a non-null where a nullable is expected, lists of sub-types, or an object or
    /// interface where an abstract type it belongs to is expected (spec 5.8.5 "AreTypesCompatible", 3.6 "IsSubType").
    /// </summary>
    public static bool IsTypeSubTypeOf(GraphQLSchema schema, GraphQLType maybeSubType, GraphQLType superType)
    {
        ArgumentNullException.ThrowIfNull(schema);
        if (maybeSubType.Equals(superType))
        {
            return true;
        }

        if (superType is NonNullType superNonNull)
        {
            return maybeSubType is NonNullType subNonNull && IsTypeSubTypeOf(schema, subNonNull.OfType, superNonNull.OfType);
        }

        if (maybeSubType is NonNullType nonNull)
        {
            return IsTypeSubTypeOf(schema, nonNull.OfType, superType);
        }

        if (superType is ListType superList)
        {
            return maybeSubType is ListType subList && IsTypeSubTypeOf(schema, subList.OfType, superList.OfType);
        }

        if (maybeSubType is ListType)
        {
            return false;
        }

        return superType is NamedType superNamed && superNamed.IsAbstractType()
            && maybeSubType is NamedType subNamed && (subNamed is ObjectType or InterfaceType)
            && schema.IsSubType(superNamed, subNamed);
    }

    /// <summary>
    /// Whether two composite types can describe the same object: equal, or sharing a possible object type
    /// (used by "Fragment spread is possible", spec 5.5.2.3).
    /// </summary>
    public static bool DoTypesOverlap(GraphQLSchema schema, NamedType typeA, NamedType typeB)
    {
        ArgumentNullException.ThrowIfNull(schema);
        if (ReferenceEquals(typeA, typeB))
        {
            return true;
        }

        if (typeA.IsAbstractType())
        {
            return typeB.IsAbstractType()
                ? schema.GetPossibleTypes(typeA).Any(t => schema.IsSubType(typeB, t))
                : schema.IsSubType(typeA, typeB);
        }

        return typeB.IsAbstractType() && schema.IsSubType(typeB, typeA);
    }
}
