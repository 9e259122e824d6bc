namespace IBok.GraphQL.Tests.Language;

/// <summary>
/// Documents parsed both by our parser and by graphql-js: valid ones (compared by printed form) and invalid ones
/// (compared by message, line and column). Written for these tests in the spirit of graphql-js's kitchen-sink fixtures.
/// </summary>
public static class ConformanceCorpus
{
    public const string KitchenSinkQuery = """"
        # A query touching every executable production.
        query queryName($foo: ComplexType, $site: Site = MOBILE) @onQuery {
          whoever123is: node(id: [123, 456]) {
            id ,
            ... on User @onInlineFragment {
              field2 {
                id ,
                alias: field1(first:10, after:$foo,) @include(if: $foo) {
                  id,
                  ...frag @onFragmentSpread
                }
              }
            }
            ... @skip(unless: $foo) {
              id
            }
            ... {
              id
            }
          }
        }

        mutation likeStory @onMutation {
          like(story: 123) @onField {
            story {
              id @onField
            }
          }
        }

        subscription StoryLikeSubscription(
          $input: StoryLikeSubscribeInput @onVariableDefinition
        )
          @onSubscription {
          storyLikeSubscribe(input: $input) {
            story {
              likers {
                count
              }
              likeSentence {
                text
              }
            }
          }
        }

        fragment frag on Friend @onFragmentDefinition {
          foo(
            size: $size
            bar: $b
            obj: {key: "value", block: """
              block string uses \"""
            """}
          )
        }

        {
          unnamed(truthy: true, falsy: false, nullish: null),
          query
        }

        query { __typename }
        """";

    public const string KitchenSinkSchema = """"
        """This is a description of the schema as a whole."""
        schema {
          query: QueryType
          mutation: MutationType
        }

        """
        This is a description
        of the `Foo` type.
        """
        type Foo implements Bar & Baz & Two {
          "Description of the `one` field."
          one: Type
          """This is a description of the `two` field."""
          two(
            """This is a description of the `argument` argument."""
            argument: InputType!
          ): Type
          """This is a description of the `three` field."""
          three(argument: InputType, other: String): Int
          four(argument: String = "string"): String
          five(argument: [String] = ["string", "string"]): String
          six(argument: InputType = {key: "value"}): Type
          seven(argument: Int = null): Type
          eight(argument: OneOfInputType): Type
        }

        type AnnotatedObject @onObject(arg: "value") {
          annotatedField(arg: Type = "default" @onArgumentDefinition): Type @onField
        }

        type UndefinedType

        extend type Foo {
          seven(argument: [String]): Type
        }

        extend type Foo @onType

        interface Bar {
          one: Type
          four(argument: String = "string"): String
        }

        interface AnnotatedInterface @onInterface {
          annotatedField(arg: Type @onArgumentDefinition): Type @onField
        }

        interface UndefinedInterface

        extend interface Bar implements Two {
          two(argument: InputType!): Type
        }

        extend interface Bar @onInterface

        interface Baz implements Bar & Two {
          one: Type
          two(argument: InputType!): Type
          four(argument: String = "string"): String
        }

        union Feed =
          | Story
          | Article
          | Advert

        union AnnotatedUnion @onUnion = A | B

        union AnnotatedUnionTwo @onUnion = | A | B

        union UndefinedUnion

        extend union Feed = Photo | Video

        extend union Feed @onUnion

        scalar CustomScalar

        scalar AnnotatedScalar @onScalar

        extend scalar CustomScalar @onScalar

        enum Site {
          """This is a description of the `DESKTOP` value"""
          DESKTOP

          """This is a description of the `MOBILE` value"""
          MOBILE

          "This is a description of the `WEB` value"
          WEB
        }

        enum AnnotatedEnum @onEnum {
          ANNOTATED_VALUE @onEnumValue
          OTHER_VALUE
        }

        enum UndefinedEnum

        extend enum Site {
          VR
        }

        extend enum Site @onEnum

        input InputType {
          key: String!
          answer: Int = 42
        }

        input OneOfInputType @oneOf {
          string: String
          int: Int
        }

        input AnnotatedInput @onInputObject {
          annotatedField: Type @onInputFieldDefinition
        }

        input UndefinedInput

        extend input InputType {
          other: Float = 1.23e4 @onInputFieldDefinition
        }

        extend input InputType @onInputObject

        """This is a description of the `@skip` directive"""
        directive @skip(
          """This is a description of the `if` argument"""
          if: Boolean! @onArgumentDefinition
        ) on FIELD | FRAGMENT_SPREAD | INLINE_FRAGMENT

        directive @include(if: Boolean!)
          on FIELD
           | FRAGMENT_SPREAD
           | INLINE_FRAGMENT

        directive @include2(if: Boolean!) on
          | FIELD
          | FRAGMENT_SPREAD
          | INLINE_FRAGMENT

        directive @myRepeatableDir(name: String!) repeatable on
          | OBJECT
          | INTERFACE

        extend schema @onSchema

        extend schema @onSchema {
          subscription: SubscriptionType
        }
        """";

    /// <summary>Documents that are valid GraphQL.</summary>
    public static IReadOnlyList<(string Name, string Document)> Valid { get; } =
    [
        ("kitchen sink query", KitchenSinkQuery),
        ("kitchen sink schema", KitchenSinkSchema),
        ("shorthand query", "{ a }"),
        ("nested selections", "{ a { b { c { d } } } }"),
        ("named query", "query Q { a }"),
        ("anonymous query keyword", "query { a }"),
        ("mutation", "mutation M($id: ID!) { delete(id: $id) { ok } }"),
        ("subscription", "subscription S { onEvent { id } }"),
        ("alias", "{ first: user(id: 1) { name } second: user(id: 2) { name } }"),
        ("all value kinds", """{ f(i: -0, f: -1.5e-3, s: "x", b: true, n: null, e: ENUM_VALUE, l: [1, [2]], o: {a: {b: [c]}}) }"""),
        ("empty list and object", "{ f(a: [], b: {}) }"),
        ("variables with defaults", "query Q($a: Int = 1, $b: [String!]! = [\"x\"], $c: In = {x: 1, y: [null]}) { f }"),
        ("variable directives", "query Q($a: Int @deprecated, $b: Boolean = false @x(y: 1)) { f }"),
        ("fragment spread and definition", "{ ...F } fragment F on T { a }"),
        ("inline fragment without type", "{ ... @include(if: true) { a } }"),
        ("inline fragment with type", "{ ... on T { a } }"),
        ("fragment named like keyword", "{ ...query ...fragment } fragment query on T { a } fragment fragment on T { b }"),
        ("keywords as field names", "{ query mutation subscription fragment on true false null type schema extend }"),
        ("keywords as argument names", "{ f(query: 1, on: 2, true: 3, null: 4) }"),
        ("enum values like keywords", "{ f(a: on, b: query, c: type) }"),
        ("type named on", "{ ... on on { a } }"),
        ("directives everywhere", "query Q @a @b(c: 1) { f @d ...F @e ... on T @f { g } } fragment F on T @g { h }"),
        ("commas everywhere", ",,{,a,,b(c:1,,d:2,),},,"),
        ("comments everywhere", "# top\n{ # after brace\n  a # after field\n  # own line\n  b\n} # end"),
        ("carriage returns", "{\r\n  a\r  b\n}"),
        ("tabs", "{\ta\t(x:\t1)\t}"),
        ("byte order mark", "\uFEFF{ a }"),
        ("byte order mark inside", "{ a \uFEFF b }"),
        ("unicode in strings", """{ f(s: "zażółć gęślą jaźń ✓ 😀") }"""),
        ("unicode in comments", "# zażółć 😀\n{ a }"),
        ("string escapes", """{ f(s: "quote \" backslash \\ slash \/ b \b f \f n \n r \r t \t") }"""),
        ("unicode escapes", """{ f(s: "\u0041\u00e9\u20AC") }"""),
        ("variable width unicode escape", """{ f(s: "\u{1F600} \u{41} \u{0000041}") }"""),
        ("surrogate pair escape", """{ f(s: "\uD83D\uDE00") }"""),
        ("escaped control characters printed", """{ f(s: "\u0000\u0001\u001f\u007f\u0080\u009f") }"""),
        ("raw control character in string", "{ f(s: \"a\u0007b\") }"),
        ("empty string", """{ f(s: "") }"""),
        ("block string simple", """"{ f(s: """hello""") }""""),
        ("block string dedent", "{ f(s: \"\"\"\n    first\n      second\n    third\n  \"\"\") }"),
        ("block string first line kept", "{ f(s: \"\"\"  first\n    second\n    third\"\"\") }"),
        ("block string blank lines trimmed", "{ f(s: \"\"\"\n\n   \n  body\n\n  \n\"\"\") }"),
        ("block string escaped triple quote", "{ f(s: \"\"\"a \\\"\"\" b\"\"\") }"),
        ("block string ends with quote", "{ f(s: \"\"\"\nsay \"hi\"\n\"\"\") }"),
        ("block string ending in escaped triple quote", "{ f(s: \"\"\"a\\\"\"\"\"\"\") }"),
        ("block string ends with backslash", "{ f(s: \"\"\"path\\\n\"\"\") }"),
        ("block string leading whitespace single line", "{ f(s: \"\"\"   indented\"\"\") }"),
        ("block string long single line", "{ f(s: \"\"\"" + new string('x', 75) + "\"\"\") }"),
        ("block string with crlf", "{ f(s: \"\"\"\r\n  a\r\n  b\r\n\"\"\") }"),
        ("block string with tabs", "{ f(s: \"\"\"\n\t\ta\n\t\tb\n\"\"\") }"),
        ("block string only whitespace", "{ f(s: \"\"\"   \n   \"\"\") }"),
        ("block string internal indent", "{ f(s: \"\"\"\n  a\n    b\n  c\n\"\"\") }"),
        ("block string empty", "{ f(s: \"\"\"\"\"\") }"),
        ("block string unicode", "{ f(s: \"\"\"\n  zażółć 😀\n\"\"\") }"),
        ("numbers", "{ f(a: 0, b: -0, c: 123, d: -123, e: 0.0, f: 1.5, g: 1e10, h: 1E+10, i: 1.5e-10, j: -0.5E5) }"),
        ("big numbers kept as text", "{ f(a: 123456789012345678901234567890, b: 1.000000000000000000001) }"),
        ("long arguments wrap", "{ someVeryLongFieldName(firstArgument: \"a fairly long string value\", secondArgument: 12345, third: ENUM) }"),
        ("arguments exactly at limit", "{ abcdefghij(a: \"0123456789012345678901234567890123456789012345678901234567890\") }"),
        ("arguments just over limit", "{ abcdefghij(a: \"01234567890123456789012345678901234567890123456789012345678901\") }"),
        ("aliased long arguments wrap", "{ alias: field(argumentNumberOne: \"value one\", argumentNumberTwo: \"value two\", three: 3) }"),
        ("block string argument", "{ f(a: \"\"\"\n  multi\n  line\n\"\"\", b: 1) }"),
        ("nested list types", "query Q($a: [[Int!]!]!, $b: [[[String]]]) { f }"),
        ("operation description", "\"Describes Q.\" query Q { a }"),
        ("operation block description", "\"\"\"\nDescribes Q\nover lines.\n\"\"\"\nquery Q($a: Int) { a }"),
        ("fragment description", "\"Describes F.\" fragment F on T { a }"),
        ("variable description", "query Q(\"The id.\" $id: ID!, $x: Int) { a }"),
        ("variable block description", "query Q(\n  \"\"\"\n  The id.\n  \"\"\"\n  $id: ID!\n) { a }"),
        ("schema without description", "schema @a { query: Q mutation: M subscription: S }"),
        ("object type", "type T { a: Int b(x: Int = 1, y: [String!]! = []): String! @deprecated(reason: \"no\") }"),
        ("object implements one", "type T implements I { a: Int }"),
        ("object implements leading ampersand", "type T implements & I & J { a: Int }"),
        ("interface implements", "interface I implements J & K { a: Int }"),
        ("union leading pipe", "union U = | A | B"),
        ("union without members", "union U @d"),
        ("enum values", "enum E { A B @deprecated C }"),
        ("input with defaults", "input I { a: Int = 1 b: [I!] = [{a: 2}] c: String = \"s\" @d }"),
        ("scalar with directive", "scalar Date @specifiedBy(url: \"https://example.com\")"),
        ("directive definition", "directive @d(a: Int = 1, b: [String]) repeatable on FIELD_DEFINITION | ARGUMENT_DEFINITION"),
        ("directive all locations", "directive @all on QUERY | MUTATION | SUBSCRIPTION | FIELD | FRAGMENT_DEFINITION | FRAGMENT_SPREAD | INLINE_FRAGMENT | VARIABLE_DEFINITION | SCHEMA | SCALAR | OBJECT | FIELD_DEFINITION | ARGUMENT_DEFINITION | INTERFACE | UNION | ENUM | ENUM_VALUE | INPUT_OBJECT | INPUT_FIELD_DEFINITION"),
        ("directive with described arguments", "directive @d(\"first\" a: Int, \"\"\"second\"\"\" b: Int) on FIELD"),
        ("field with described arguments", "type T { f(\"the a\" a: Int, b: Int): Int }"),
        ("descriptions everywhere", "\"s\" scalar S \"t\" type T { \"f\" f(\"a\" a: Int): Int } \"e\" enum E { \"v\" V } \"i\" input I { \"f\" f: Int } \"u\" union U = T \"d\" directive @d on FIELD"),
        ("type extensions", "extend type T implements I extend type T @d extend type T { a: Int } extend interface I implements J extend interface I @d"),
        ("other extensions", "extend union U = A | B extend enum E { X } extend input I { a: Int } extend scalar S @d extend schema @d { query: Q }"),
        ("mixed executable and type system", "type Query { a: Int } { a } extend type Query { b: Int }"),
        ("string with unicode above BMP in description", "\"😀 emoji\" type T { a: Int }"),
        ("description with quotes", "\"a \\\"quoted\\\" word\" type T { a: Int }"),
        ("deep nesting within limits", string.Concat(Enumerable.Repeat("{ a ", 30)) + string.Concat(Enumerable.Repeat("}", 30))),
        ("nested list values", "{ f(a: [[[[1]]], [[2]]]) }"),
        ("selection that looks like a type definition", "{ type T { a: Int } }"),
        ("object value nesting", "{ f(a: {b: {c: {d: [{e: \"x\"}]}}}) }"),
    ];

    /// <summary>Documents that are not valid GraphQL.</summary>
    public static IReadOnlyList<(string Name, string Document)> Invalid { get; } =
    [
        ("empty document", ""),
        ("only whitespace and comments", "  # nothing\n\t,"),
        ("unclosed selection set", "{ a"),
        ("empty selection set", "{ }"),
        ("missing field after alias", "{ a: }"),
        ("unclosed arguments", "{ a(b: 1 }"),
        ("empty arguments", "{ a() }"),
        ("argument without value", "{ a(b:) }"),
        ("argument without colon", "{ a(b 1) }"),
        ("unexpected punctuator", "{ a ! }"),
        ("dollar alone", "{ a(b: $) }"),
        ("variable in default value", "query Q($a: Int = $b) { a }"),
        ("variable in directive of variable definition", "query Q($a: Int @d(x: $b)) { a }"),
        ("variable in schema default", "type T { f(a: Int = $v): Int }"),
        ("variable without type", "query Q($a) { a }"),
        ("variable type missing", "query Q($a: ) { a }"),
        ("empty variable definitions", "query Q() { a }"),
        ("double non-null", "query Q($a: Int!!) { a }"),
        ("unclosed list type", "query Q($a: [Int) { a }"),
        ("operation without selection set", "query Q"),
        ("unknown operation keyword", "queryy Q { a }"),
        ("operation name is a string", "query \"Q\" { a }"),
        ("fragment named on", "fragment on on T { a }"),
        ("fragment spread named on", "{ ...on }"),
        ("fragment without type condition", "fragment F { a }"),
        ("fragment missing on", "fragment F T { a }"),
        ("fragment with variables", "fragment F($a: Int) on T { a }"),
        ("inline fragment without selection set", "{ ... on T }"),
        ("spread with two dots", "{ .. on T { a } }"),
        ("single dot", "{ a. }"),
        ("description on shorthand query", "\"d\" { a }"),
        ("description on extension", "\"d\" extend type T @d"),
        ("description on nothing", "\"d\""),
        ("description before unknown keyword", "\"d\" foo"),
        ("unknown definition", "notAKeyword { a }"),
        ("top-level value", "1"),
        ("single quote", "{ a(b: 'x') }"),
        ("unexpected character", "{ a % }"),
        ("unexpected unicode character", "{ a é }"),
        ("unexpected emoji", "{ a 😀 }"),
        ("non-breaking space", "{ a\u00A0b }"),
        ("control character outside string", "{ a \u0007 }"),
        ("question mark", "query Q? { a }"),
        ("number with leading zero", "{ f(a: 00) }"),
        ("negative number with leading zero", "{ f(a: -01) }"),
        ("number ending in dot", "{ f(a: 1.) }"),
        ("number starting with dot", "{ f(a: .5) }"),
        ("number followed by letter", "{ f(a: 1a) }"),
        ("number followed by underscore", "{ f(a: 0_1) }"),
        ("float followed by letter", "{ f(a: 1.5x) }"),
        ("float with two dots", "{ f(a: 1.2.3) }"),
        ("exponent without digits", "{ f(a: 1e) }"),
        ("exponent sign without digits", "{ f(a: 1e+) }"),
        ("minus alone", "{ f(a: -) }"),
        ("minus letter", "{ f(a: -a) }"),
        ("hex number", "{ f(a: 0x1F) }"),
        ("number at end of document", "{ f(a: 1."),
        ("unterminated string", "{ f(a: \"abc) }"),
        ("string broken by newline", "{ f(a: \"abc\ndef\") }"),
        ("string broken by carriage return", "{ f(a: \"abc\rdef\") }"),
        ("unterminated string at end", "{ f(a: \""),
        ("invalid escape", """{ f(a: "\x") }"""),
        ("invalid short unicode escape", """{ f(a: "\u12") }"""),
        ("invalid unicode escape letters", """{ f(a: "\uXYZW") }"""),
        ("lone leading surrogate escape", """{ f(a: "\uD83D") }"""),
        ("lone trailing surrogate escape", """{ f(a: "\uDE00") }"""),
        ("leading surrogate followed by non-surrogate", """{ f(a: "\uD83D\u0041") }"""),
        ("variable width surrogate", """{ f(a: "\u{D83D}") }"""),
        ("variable width too large", """{ f(a: "\u{110000}") }"""),
        ("variable width empty", """{ f(a: "\u{}") }"""),
        ("variable width unterminated", """{ f(a: "\u{1F600") }"""),
        ("variable width too many digits", """{ f(a: "\u{000000041}") }"""),
        ("variable width overflow", """{ f(a: "\u{FFFFFFFF}") }"""),
        ("escape at end of input", "{ f(a: \"\\"),
        ("error after unicode text", "{ f(a: \"zażółć 😀\") % }"),
        ("error after unicode comment", "# 😀😀\n{ a } % "),
        ("error column after emoji on same line", "{ f(a: \"😀😀\", b: 1.) }"),
        ("unterminated block string", "{ f(a: \"\"\"abc) }"),
        ("unterminated block string over lines", "{ f(a: \"\"\"\n  abc\n  def"),
        ("error after block string over lines", "{ f(a: \"\"\"\n  abc\n  def\"\"\" %) }"),
        ("error after crlf lines", "{\r\n  a\r\n  b\r\n  %\r\n}"),
        ("error after cr lines", "{\r  a\r  %\r}"),
        ("error after bom", "\uFEFF\uFEFF%"),
        ("string as unexpected token", "{ a \"str\" }"),
        ("block string as unexpected token", "{ a \"\"\"\n  block\n  str\n\"\"\" }"),
        ("int as unexpected token", "{ 1 }"),
        ("float as unexpected token", "{ 1.5 }"),
        ("name as unexpected token", "query Q { a } b"),
        ("unclosed list value", "{ f(a: [1, 2) }"),
        ("unclosed object value", "{ f(a: {b: 1) }"),
        ("object field without colon", "{ f(a: {b 1}) }"),
        ("object field name is a string", "{ f(a: {\"b\": 1}) }"),
        ("directive without name", "{ a @ }"),
        ("directive name is keyword-like string", "{ a @\"x\" }"),
        ("schema without operation types", "schema { }"),
        ("schema with unknown operation", "schema { query: Q other: O }"),
        ("schema without braces", "schema @d"),
        ("type with empty fields", "type T { }"),
        ("field definition without type", "type T { a }"),
        ("field definition without colon", "type T { a Int }"),
        ("argument definition without type", "type T { a(b): Int }"),
        ("implements without type", "type T implements { a: Int }"),
        ("implements with trailing ampersand", "type T implements A & { a: Int }"),
        ("union without members after equals", "union U ="),
        ("union with trailing pipe", "union U = A |"),
        ("union with double pipe", "union U = A || B"),
        ("enum value true", "enum E { true }"),
        ("enum value false", "enum E { A false }"),
        ("enum value null", "enum E { null }"),
        ("enum with empty values", "enum E { }"),
        ("enum value is a string", "enum E { \"A\" }"),
        ("input with empty fields", "input I { }"),
        ("input field with arguments", "input I { a(b: Int): Int }"),
        ("directive without at", "directive d on FIELD"),
        ("directive without on", "directive @d FIELD"),
        ("directive unknown location", "directive @d on FIELD | NOT_A_LOCATION"),
        ("directive lower case location", "directive @d on field"),
        ("directive repeatable after on", "directive @d on repeatable FIELD"),
        ("directive without locations", "directive @d on"),
        ("directive with directives", "directive @d @x on FIELD"),
        ("extend nothing", "extend"),
        ("extend unknown", "extend thing T"),
        ("extend directive", "extend directive @d @x"),
        ("extend schema empty", "extend schema"),
        ("extend schema empty braces", "extend schema { }"),
        ("extend scalar without directives", "extend scalar S"),
        ("extend type without anything", "extend type T"),
        ("extend interface without anything", "extend interface I"),
        ("extend union without anything", "extend union U"),
        ("extend enum without anything", "extend enum E"),
        ("extend input without anything", "extend input I"),
        ("extend type followed by query", "extend type T { a }"),
        ("selection in type definition", "type T { a { b } }"),
        ("unbalanced closing brace", "{ a } }"),
        ("second definition broken", "{ a }\n\nquery Q {\n  b(\n}"),
    ];

    public static IReadOnlyList<(string Name, string Document)> All { get; } = [.. Valid, .. Invalid];
}
