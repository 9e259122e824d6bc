// IBok.GraphQL holds the GraphQL engine (namespaces IBok.GraphQL.Language, .Types, .Validation, .Execution, ...),
// which knows nothing of iBOK, and the iBOK schema built on it (IBok.GraphQL.Api).
[assembly: System.CLSCompliant(false)]
