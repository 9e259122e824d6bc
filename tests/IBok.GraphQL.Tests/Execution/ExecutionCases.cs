namespace IBok.GraphQL.Tests.Execution;

/// <summary>The differential execution cases compared with graphql-js (see execute-cases.js for the conventions).</summary>
public static class ExecutionCases
{
    public const string ScalarsSdl = """
        type Query {
          int: Int
          nonNullInt: Int!
          str: String
          float: Float
          bool: Boolean
          id: ID
          list: [Int]
          listOfNonNull: [Int!]
          nonNullList: [Int]!
          nonNullListOfNonNull: [Int!]!
          nested: [[Int!]]
          obj: Obj
          nonNullObj: Obj!
          objs: [Obj]
          nonNullObjs: [Obj!]!
          color: Color
          colors: [Color]
          echo(a: Int, b: Float, c: String, d: Boolean, e: ID, f: [Int], h: Input, i: Color, j: OneOf, k: Int = 42, l: [Input!], m: [[Int]]): String
          req(x: Int!, y: [Int!]!): String
        }
        type Obj { a: Int b: Int! c: Obj d: Obj! e: [Obj!] }
        input Input { x: Int! y: String = "dflt" z: [Int] color: Color nested: Input }
        input OneOf @oneOf { a: Int b: String }
        enum Color { RED GREEN BLUE }
        """;

    public const string AbstractSdl = """
        interface Node { id: ID! }
        interface Named { name: String }
        type User implements Node & Named { id: ID! name: String friends: [Named] }
        type Dog implements Named { name: String barks: Boolean }
        type Cat implements Node & Named { id: ID! name: String meows: Boolean }
        type Orphan { name: String }
        union Pet = Dog | Cat
        union SearchResult = User | Dog | Cat
        type Query { node: Node nodes: [Node] pet: Pet pets: [Pet!]! search: [SearchResult] named: Named! }
        """;

    public const string MutationSdl = """
        type Query { ok: Boolean slow: Boolean }
        type Mutation { first: Result second: Result third: Result! fourth(by: Int!): Result }
        type Result { value: Int log: String }
        """;

    public const string RichSdl = """
        "The schema's description."
        schema { query: Root mutation: Mut subscription: Sub }

        "Root type"
        type Root {
          "A field with arguments"
          f(
            "deprecated argument" a: Int = 1 @deprecated(reason: "use b")
            b: String = "x\ny"
            c: [Color!] = [RED, GREEN]
            d: In = {a: 1, list: [1, 2]}
            e: Pick = {x: 3}
          ): String @deprecated(reason: "old")
          g: Color @deprecated
          h: Url
          node: Node
        }
        type Mut { m(in: In!): Boolean }
        type Sub { s: String }
        "A URL" scalar Url @specifiedBy(url: "https://tools.ietf.org/html/rfc3986")
        scalar Plain
        enum Color { "red" RED GREEN @deprecated(reason: "no") BLUE @deprecated }
        input In { a: Int! list: [Int] old: String @deprecated(reason: "gone") }
        input Pick @oneOf { x: Int y: String }
        "An entity" interface Node { id: ID! }
        interface Entity implements Node { id: ID! plain: Plain }
        type Thing implements Entity & Node @auth { id: ID! plain: Plain }
        union Any = Thing | Other
        type Other { o: Int }
        "custom directive" directive @auth(role: String = "user", "levels" levels: [Int!]) repeatable on FIELD_DEFINITION | OBJECT | INTERFACE
        directive @tag(name: String!) on FIELD | QUERY | VARIABLE_DEFINITION
        extend type Root { added: Extra any: Any }
        type Extra { p(pick: Pick): Int }
        extend enum Color { PURPLE }
        extend input In { more: Boolean = true }
        extend interface Node @auth
        """;

    public static IReadOnlyList<ExecutionCase> All { get; } = Build();

    private static List<ExecutionCase> Build()
    {
        var cases = new List<ExecutionCase>();
        void S(string name, string root, string document, string? variables = null, string? operationName = null) =>
            cases.Add(new ExecutionCase("scalars: " + name, ScalarsSdl, root, document, variables, operationName));
        void A(string name, string root, string document, string? variables = null) =>
            cases.Add(new ExecutionCase("abstract: " + name, AbstractSdl, root, document, variables));
        void M(string name, string root, string document, string? variables = null, string? operationName = null) =>
            cases.Add(new ExecutionCase("mutation: " + name, MutationSdl, root, document, variables, operationName));

        // Leaves and result coercion.
        S("all scalars", """{"int":1,"str":"s","float":1.5,"bool":true,"id":"x"}""", "{ int str float bool id }");
        S("missing values are null", "{}", "{ int str float bool id color }");
        S("int from integral float", """{"int":3.0}""", "{ int }");
        S("int from non-integral float errors", """{"int":1.5}""", "{ int }");
        S("int out of range errors", """{"int":2147483648}""", "{ int }");
        S("int from boolean", """{"int":true}""", "{ int }");
        S("int from string errors", """{"int":"12"}""", "{ int }");
        S("string from number", """{"str":12}""", "{ str }");
        S("string from boolean", """{"str":false}""", "{ str }");
        S("string from object errors", """{"str":{"a":1}}""", "{ str }");
        S("float from int", """{"float":2}""", "{ float }");
        S("float from string errors", """{"float":"x"}""", "{ float }");
        S("boolean from number", """{"bool":0}""", "{ bool }");
        S("id from int", """{"id":42}""", "{ id }");
        S("id from boolean errors", """{"id":true}""", "{ id }");
        S("enum value", """{"color":"RED","colors":["GREEN","BLUE"]}""", "{ color colors }");
        S("unknown enum value errors", """{"color":"PINK"}""", "{ color }");
        S("enum list item errors", """{"colors":["RED","PINK",null]}""", "{ colors }");
        S("list is not iterable", """{"list":5}""", "{ list }");
        S("list from object errors", """{"list":{"a":1}}""", "{ list }");
        S("list of string is not iterable", """{"list":"abc"}""", "{ list }");
        S("nested lists", """{"nested":[[1,2],null,[3]]}""", "{ nested }");
        S("nested list with null in inner non-null", """{"nested":[[1,null],[3]]}""", "{ nested }");

        // Null propagation.
        S("non-null root null propagates to data", """{"nonNullInt":null,"int":1}""", "{ int nonNullInt }");
        S("non-null root error", """{"nonNullInt":{"$error":"boom"}}""", "{ nonNullInt }");
        S("nullable error", """{"int":{"$error":"boom"},"str":"ok"}""", "{ int str }");
        S("[T] null items", """{"list":[1,null,3]}""", "{ list }");
        S("[T] item error", """{"list":[1,{"$error":"item"},3]}""", "{ list }");
        S("[T!] null item nulls the list", """{"listOfNonNull":[1,null,3]}""", "{ listOfNonNull }");
        S("[T!] item error nulls the list", """{"listOfNonNull":[1,{"$error":"bad"},3]}""", "{ listOfNonNull }");
        S("[T!] two item errors report the first", """{"listOfNonNull":[{"$error":"one"},{"$error":"two"}]}""", "{ listOfNonNull }");
        S("[T]! null list propagates", """{"nonNullList":null,"int":1}""", "{ int nonNullList }");
        S("[T]! null item is fine", """{"nonNullList":[null]}""", "{ nonNullList }");
        S("[T!]! null item propagates to root", """{"nonNullListOfNonNull":[1,null],"int":1}""", "{ int nonNullListOfNonNull }");
        S("[T!]! empty list", """{"nonNullListOfNonNull":[]}""", "{ nonNullListOfNonNull }");
        S("nested non-null to nullable parent", """{"obj":{"a":1,"b":null}}""", "{ obj { a b } }");
        S("nested non-null chain", """{"obj":{"c":{"d":{"b":null}}}}""", "{ obj { c { d { b } } } }");
        S("nested non-null to root", """{"nonNullObj":{"d":{"b":null}}}""", "{ int nonNullObj { d { b } } }");
        S("sibling errors both reported", """{"obj":{"a":{"$error":"a failed"},"c":{"a":{"$error":"c.a failed"}}}}""", "{ obj { a c { a } } }");
        S("non-null failure stops later siblings", """{"obj":{"b":null,"a":{"$error":"never reported"}}}""", "{ obj { b a } }");
        S("earlier sibling errors kept when non-null fails", """{"obj":{"a":{"$error":"first"},"b":null}}""", "{ obj { a b } }");
        S("objects in list with non-null field", """{"objs":[{"b":1},{"b":null},{"b":3}]}""", "{ objs { b } }");
        S("[Obj!]! with failing item propagates to root", """{"nonNullObjs":[{"b":1},{"b":null}]}""", "{ nonNullObjs { b } }");
        S("list of objects in list field e", """{"obj":{"e":[{"a":1},{"d":null}]}}""", "{ obj { e { a d { a } } } }");
        S("error in deep list path", """{"objs":[{"c":{"e":[{"a":{"$error":"deep"}}]}}]}""", "{ objs { c { e { a } } } }");
        S("null object", """{"obj":null}""", "{ obj { a } }");
        S("object from scalar value", """{"obj":{"a":1,"c":null}}""", "{ obj { a c { a } } }");

        // Aliases, merging and fragments.
        S("aliases", """{"int":7,"obj":{"a":1}}""", "{ x: int y: int o: obj { z: a } }");
        S("same field twice merges", """{"obj":{"a":1,"b":2}}""", "{ obj { a } obj { b } }");
        S("aliased errors have alias paths", """{"int":{"$error":"boom"}}""", "{ first: int second: int }");
        S("merged field error has two locations", """{"int":{"$error":"boom"}}""", "{ int int }");
        S("merged subselection error locations", """{"obj":{"b":null}}""", "{ obj { b } obj { b } }");
        S("named fragment", """{"obj":{"a":1,"b":2}}""", "{ obj { ...F } } fragment F on Obj { a b }");
        S("inline fragment without type", """{"obj":{"a":1}}""", "{ obj { ... { a } } }");
        S("nested fragments", """{"obj":{"a":1,"c":{"a":2}}}""", "{ obj { ...F } } fragment F on Obj { a c { ...G } } fragment G on Obj { a }");
        S("fragment spread twice collected once", """{"obj":{"a":1}}""", "{ obj { ...F ...F } } fragment F on Obj { a }");
        S("field order follows first appearance", """{"obj":{"a":1,"b":2}}""", "{ obj { b ...F } } fragment F on Obj { a b }");
        S("typename", """{"obj":{}}""", "{ __typename obj { __typename } }");
        S("unknown root value fields give null", "{}", "{ obj { a } objs { a } }");

        // @skip and @include.
        S("skip literal", """{"int":1,"str":"s"}""", "{ int @skip(if: true) str @skip(if: false) }");
        S("include literal", """{"int":1,"str":"s"}""", "{ int @include(if: false) str @include(if: true) }");
        S("skip wins over include", """{"int":1}""", "{ int @skip(if: true) @include(if: true) }");
        S("skip with variable", """{"int":1,"str":"s"}""", "query Q($s: Boolean!) { int @skip(if: $s) str }", """{"s":true}""");
        S("include with variable false", """{"int":1}""", "query Q($i: Boolean!) { int @include(if: $i) }", """{"i":false}""");
        S("include with defaulted variable", """{"int":1}""", "query Q($i: Boolean = false) { int @include(if: $i) }");
        S("skip on fragment spread", """{"obj":{"a":1,"b":2}}""", "query Q($s: Boolean!) { obj { b ...F @skip(if: $s) } } fragment F on Obj { a }", """{"s":true}""");
        S("include on inline fragment", """{"obj":{"a":1,"b":2}}""", "query Q($i: Boolean!) { obj { b ... @include(if: $i) { a } } }", """{"i":true}""");
        S("skipped in one place, included in another", """{"int":1}""", "{ int @skip(if: true) int }");

        // Arguments and literal coercion.
        S("echo no arguments uses default", """{"echo":"$args"}""", "{ echo }");
        S("echo scalar literals", """{"echo":"$args"}""", """{ echo(a: 1, b: 2.5, c: "x", d: true, e: 7, i: GREEN) }""");
        S("echo float from int literal", """{"echo":"$args"}""", "{ echo(b: 3) }");
        S("echo id from string literal", """{"echo":"$args"}""", """{ echo(e: "abc") }""");
        S("echo list literal", """{"echo":"$args"}""", "{ echo(f: [1, null, 3]) }");
        S("echo single value to list", """{"echo":"$args"}""", "{ echo(f: 5) }");
        S("echo nested list single value", """{"echo":"$args"}""", "{ echo(m: 5) }");
        S("echo input object with default", """{"echo":"$args"}""", "{ echo(h: {x: 1}) }");
        S("echo input object full", """{"echo":"$args"}""", """{ echo(h: {x: 1, y: "y", z: [1, 2], color: BLUE, nested: {x: 2, y: null}}) }""");
        S("echo explicit null argument", """{"echo":"$args"}""", "{ echo(a: null, k: null) }");
        S("echo oneOf literal", """{"echo":"$args"}""", "{ echo(j: {a: 1}) }");
        S("echo list of input objects", """{"echo":"$args"}""", "{ echo(l: [{x: 1}, {x: 2, y: \"b\"}]) }");
        S("required argument provided", """{"req":"$args"}""", "{ req(x: 1, y: [2]) }");
        S("required list from single literal", """{"req":"$args"}""", "{ req(x: 1, y: 2) }");

        // Variables.
        S("variables of every scalar", """{"echo":"$args"}""", "query Q($a: Int, $b: Float, $c: String, $d: Boolean, $e: ID) { echo(a: $a, b: $b, c: $c, d: $d, e: $e) }",
            """{"a":1,"b":2.5,"c":"x","d":false,"e":"id"}""");
        S("float variable from int", """{"echo":"$args"}""", "query Q($b: Float) { echo(b: $b) }", """{"b":3}""");
        S("id variable from int", """{"echo":"$args"}""", "query Q($e: ID) { echo(e: $e) }", """{"e":12}""");
        S("id variable from float errors", """{"echo":"$args"}""", "query Q($e: ID) { echo(e: $e) }", """{"e":1.5}""");
        S("int variable out of range", """{"echo":"$args"}""", "query Q($a: Int) { echo(a: $a) }", """{"a":2147483648}""");
        S("int variable negative out of range", """{"echo":"$args"}""", "query Q($a: Int) { echo(a: $a) }", """{"a":-2147483649}""");
        S("int variable max", """{"echo":"$args"}""", "query Q($a: Int) { echo(a: $a) }", """{"a":2147483647}""");
        S("int variable from float", """{"echo":"$args"}""", "query Q($a: Int) { echo(a: $a) }", """{"a":1.5}""");
        S("int variable from string", """{"echo":"$args"}""", "query Q($a: Int) { echo(a: $a) }", """{"a":"1"}""");
        S("string variable from number", """{"echo":"$args"}""", "query Q($c: String) { echo(c: $c) }", """{"c":1}""");
        S("boolean variable from number", """{"echo":"$args"}""", "query Q($d: Boolean) { echo(d: $d) }", """{"d":1}""");
        S("list variable from single value", """{"echo":"$args"}""", "query Q($f: [Int]) { echo(f: $f) }", """{"f":3}""");
        S("list variable with wrong item", """{"echo":"$args"}""", "query Q($f: [Int]) { echo(f: $f) }", """{"f":[1,"x",3]}""");
        S("list variable with several wrong items", """{"echo":"$args"}""", "query Q($f: [Int]) { echo(f: $f) }", """{"f":["a",2,"b"]}""");
        S("variable default used", """{"echo":"$args"}""", "query Q($a: Int = 5) { echo(a: $a) }");
        S("variable default overridden by null", """{"echo":"$args"}""", "query Q($a: Int = 5) { echo(a: $a) }", """{"a":null}""");
        S("missing nullable variable leaves argument default", """{"echo":"$args"}""", "query Q($k: Int) { echo(k: $k) }");
        S("null variable overrides argument default", """{"echo":"$args"}""", "query Q($k: Int) { echo(k: $k) }", """{"k":null}""");
        S("missing required variable", """{"echo":"$args"}""", "query Q($a: Int!) { echo(a: $a) }");
        S("null for required variable", """{"echo":"$args"}""", "query Q($a: Int!) { echo(a: $a) }", """{"a":null}""");
        S("wrong type for required variable", """{"echo":"$args"}""", "query Q($a: Int!) { echo(a: $a) }", """{"a":"x"}""");
        S("several variable errors", """{"echo":"$args"}""", "query Q($a: Int!, $b: Float!, $c: String) { echo(a: $a, b: $b, c: $c) }", """{"b":"x","c":5}""");
        S("input object variable", """{"echo":"$args"}""", "query Q($h: Input) { echo(h: $h) }", """{"h":{"x":1,"z":2,"color":"RED"}}""");
        S("input object missing required field", """{"echo":"$args"}""", "query Q($h: Input) { echo(h: $h) }", """{"h":{"y":"y"}}""");
        S("input object unknown field", """{"echo":"$args"}""", "query Q($h: Input) { echo(h: $h) }", """{"h":{"x":1,"xx":2}}""");
        S("input object unknown field with suggestion", """{"echo":"$args"}""", "query Q($h: Input) { echo(h: $h) }", """{"h":{"x":1,"colour":"RED"}}""");
        S("input object not an object", """{"echo":"$args"}""", "query Q($h: Input) { echo(h: $h) }", """{"h":5}""");
        S("input object nested error path", """{"echo":"$args"}""", "query Q($h: Input) { echo(h: $h) }", """{"h":{"x":1,"nested":{"x":"bad","z":[1,"two"]}}}""");
        S("enum variable", """{"echo":"$args"}""", "query Q($i: Color) { echo(i: $i) }", """{"i":"BLUE"}""");
        S("enum variable unknown value", """{"echo":"$args"}""", "query Q($i: Color) { echo(i: $i) }", """{"i":"BLU"}""");
        S("enum variable non-string", """{"echo":"$args"}""", "query Q($i: Color) { echo(i: $i) }", """{"i":1}""");
        S("oneOf variable", """{"echo":"$args"}""", "query Q($j: OneOf) { echo(j: $j) }", """{"j":{"b":"x"}}""");
        S("oneOf variable with two keys", """{"echo":"$args"}""", "query Q($j: OneOf) { echo(j: $j) }", """{"j":{"a":1,"b":"x"}}""");
        S("oneOf variable with null", """{"echo":"$args"}""", "query Q($j: OneOf) { echo(j: $j) }", """{"j":{"a":null}}""");
        S("oneOf variable empty", """{"echo":"$args"}""", "query Q($j: OneOf) { echo(j: $j) }", """{"j":{}}""");
        S("oneOf literal with variable field", """{"echo":"$args"}""", "query Q($a: Int!) { echo(j: {a: $a}) }", """{"a":3}""");
        S("oneOf literal with missing variable field", """{"echo":"$args"}""", "query Q($a: Int!) { echo(j: {a: $a}) }");
        S("variable inside list literal", """{"echo":"$args"}""", "query Q($a: Int) { echo(f: [1, $a]) }", """{"a":2}""");
        S("missing variable inside list literal", """{"echo":"$args"}""", "query Q($a: Int) { echo(f: [1, $a]) }");
        S("variable inside object literal", """{"echo":"$args"}""", "query Q($v: Int!) { echo(h: {x: $v}) }", """{"v":9}""");
        S("missing variable for input field with default", """{"echo":"$args"}""", "query Q($v: String) { echo(h: {x: 1, y: $v}) }");
        S("required argument from defaulted variable", """{"req":"$args"}""", "query Q($x: Int = 1) { req(x: $x, y: [1]) }");
        S("required argument from defaulted variable given null", """{"req":"$args"}""", "query Q($x: Int = 1) { req(x: $x, y: [1]) }", """{"x":null}""");
        S("required list with variable item", """{"req":"$args"}""", "query Q($v: Int!) { req(x: 1, y: [$v, 2]) }", """{"v":1}""");
        S("variable used in list of input objects", """{"echo":"$args"}""", "query Q($l: [Input!]) { echo(l: $l) }", """{"l":{"x":4}}""");
        S("variable with null list item for non-null items", """{"echo":"$args"}""", "query Q($l: [Input!]) { echo(l: $l) }", """{"l":[{"x":1},null]}""");
        S("unused extra variables are ignored", """{"int":1,"echo":"$args"}""", "query Q($a: Int) { int echo(a: $a) }", """{"a":1,"zzz":2}""");

        S("nested list variable from single value", """{"echo":"$args"}""", "query Q($m: [[Int]]) { echo(m: $m) }", """{"m":5}""");
        S("nested list variable with bad inner item", """{"echo":"$args"}""", "query Q($m: [[Int]]) { echo(m: $m) }", """{"m":[[1],[2,"x"]]}""");
        S("enum inside input object variable is wrong", """{"echo":"$args"}""", "query Q($h: Input) { echo(h: $h) }", """{"h":{"x":1,"color":"RD"}}""");
        S("input object variable default with nested defaults", """{"echo":"$args"}""", "query Q($h: Input = {x: 1, nested: {x: 2}}) { echo(h: $h) }");
        S("unicode string variable", """{"echo":"$args"}""", "query Q($c: String) { echo(c: $c) }", """{"c":"Zażółć gęślą jaźń"}""");
        S("variable in directive and argument", """{"echo":"$args","int":1}""", "query Q($a: Int, $s: Boolean!) { int @skip(if: $s) echo(a: $a) }", """{"a":3,"s":false}""");
        S("block string literal argument", """{"echo":"$args"}""", "{ echo(c: \"\"\"\n  line one\n    line two\n\"\"\") }");
        S("list literal for non-null items with null variable item", """{"req":"$args"}""", "query Q($v: Int) { req(x: 1, y: [1]) echo(f: [$v]) }", """{"v":null}""");

        // Operation selection.
        S("operation by name", """{"int":1,"str":"s"}""", "query A { int } query B { str }", null, "B");
        S("missing operation name with several operations", """{"int":1}""", "query A { int } query B { str }");
        S("unknown operation name", """{"int":1}""", "query A { int }", null, "C");
        S("operation name with a single anonymous operation", """{"int":1}""", "{ int }", null, "A");
        S("single named operation without name", """{"int":1}""", "query A { int }");
        S("fragments before operation", """{"obj":{"a":1}}""", "fragment F on Obj { a } query { obj { ...F } }");

        // Abstract types.
        A("interface field resolves through __typename", """{"node":{"__typename":"User","id":"1","name":"Ann"}}""", "{ node { id ... on User { name } } }");
        A("interface typename", """{"node":{"__typename":"Cat","id":"2"}}""", "{ node { __typename id } }");
        A("fragment on interface inside union", """{"search":[{"__typename":"User","id":"1","name":"Ann"},{"__typename":"Dog","name":"Rex","barks":true},{"__typename":"Cat","id":"3","name":"Tom","meows":false}]}""",
            "{ search { __typename ... on Named { name } ... on Node { id } ... on Dog { barks } } }");
        A("union member fragments", """{"pet":{"__typename":"Dog","name":"Rex","barks":true}}""", "{ pet { ... on Dog { name barks } ... on Cat { name meows } } }");
        A("named fragment on union member", """{"pets":[{"__typename":"Cat","name":"Tom","meows":true}]}""", "{ pets { ...C } } fragment C on Cat { name meows }");
        A("missing __typename errors", """{"node":{"id":"1"}}""", "{ node { id } }");
        A("unknown __typename errors", """{"node":{"__typename":"Robot","id":"1"}}""", "{ node { id } }");
        A("non-possible __typename errors", """{"node":{"__typename":"Dog","name":"Rex"}}""", "{ node { id } }");
        A("non-object __typename errors", """{"pet":{"__typename":"Named"}}""", "{ pet { __typename } }");
        A("orphan __typename errors", """{"pet":{"__typename":"Orphan"}}""", "{ pet { __typename } }");
        A("list of interface with one failing item", """{"nodes":[{"__typename":"User","id":"1"},{"id":"2"},{"__typename":"Cat","id":null}]}""", "{ nodes { id } }");
        A("non-null union list with bad item propagates", """{"pets":[{"__typename":"Dog","name":"Rex"},{"__typename":"User"}]}""", "{ pets { ... on Dog { name } } }");
        A("non-null interface root null", """{"named":null}""", "{ named { name } }");
        A("nested friends", """{"node":{"__typename":"User","id":"1","friends":[{"__typename":"Dog","name":"Rex"},{"__typename":"User","id":"2","name":"Bob"}]}}""",
            "{ node { ... on User { friends { name __typename ... on User { id } } } } }");
        A("fragment on interface spread in object", """{"node":{"__typename":"User","id":"1","name":"Ann"}}""", "{ node { ... on User { ...N } } } fragment N on Named { name }");

        A("interface fragment not matching the member is skipped", """{"search":[{"__typename":"Dog","name":"Rex"},{"__typename":"Cat","id":"9"}]}""", "{ search { ... on Node { id } } }");
        A("union fragment inside another union", """{"search":[{"__typename":"Dog","name":"Rex"},{"__typename":"User","id":"1"}]}""", "{ search { __typename ... on Pet { ... on Dog { name } } } }");
        A("named fragment on union spread into interface selection", """{"named":{"__typename":"Cat","name":"Tom","meows":true}}""", "{ named { name ...P } } fragment P on Pet { ... on Cat { meows } }");
        A("error inside union member field", """{"pet":{"__typename":"Cat","name":{"$error":"no name"}}}""", "{ pet { ... on Cat { name } } }");

        // Mutations run serially.
        M("serial order", """{"first":{"$delay":30,"value":{"value":1}},"second":{"$delay":1,"value":{"value":2}},"third":{"value":3}}""", "mutation { first { value } second { value } third { value } }");
        M("serial order with aliases", """{"first":{"$delay":20,"value":{"value":1}},"second":{"value":2}}""", "mutation { b: second { value } a: first { value } c: second { value } }");
        M("error in first continues", """{"first":{"$error":"failed"},"second":{"value":2},"third":{"value":3}}""", "mutation { first { value } second { value } third { value } }");
        M("non-null failure nulls data", """{"first":{"value":1},"third":null,"second":{"value":2}}""", "mutation { first { value } third { value } second { value } }");
        M("delayed non-null failure", """{"first":{"$delay":10,"value":{"value":1}},"third":{"$delay":5,"value":null}}""", "mutation { first { value } third { value } }");
        M("mutation argument", """{"fourth":{"log":"$args"}}""", "mutation M($by: Int!) { fourth(by: $by) { log } }", """{"by":3}""");
        M("mutation by operation name", """{"ok":true,"first":{"value":1}}""", "query Q { ok } mutation M { first { value } }", null, "M");
        M("query fields run concurrently", """{"slow":{"$delay":150,"value":true},"ok":{"$delay":5,"value":false}}""", "{ slow b: __typename ok }");

        // Full introspection (getIntrospectionQuery with every option), compared after sorting types and directives.
        cases.Add(new ExecutionCase("introspection: scalars", ScalarsSdl, "{}", "$introspection"));
        cases.Add(new ExecutionCase("introspection: abstract", AbstractSdl, "{}", "$introspection"));
        cases.Add(new ExecutionCase("introspection: mutation", MutationSdl, "{}", "$introspection"));
        cases.Add(new ExecutionCase("introspection: rich", RichSdl, "{}", "$introspection"));
        cases.Add(new ExecutionCase("introspection: __type", RichSdl, "{}",
            """{ t: __type(name: "In") { name kind inputFields(includeDeprecated: true) { name defaultValue isDeprecated deprecationReason } } u: __type(name: "Nope") { name } }"""));
        cases.Add(new ExecutionCase("introspection: typename on roots", RichSdl, "{}", "{ __typename }"));

        return cases;
    }
}
