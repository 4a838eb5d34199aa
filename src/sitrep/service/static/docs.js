// The API docs page: Swagger UI over this server's own OpenAPI schema.
window.ui = SwaggerUIBundle({ url: "/openapi.json", dom_id: "#swagger-ui" });
