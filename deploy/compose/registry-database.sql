-- Apicurio Registry keeps its schemas in their own database beside the sink's tables.
CREATE DATABASE registry OWNER wirefeed;
