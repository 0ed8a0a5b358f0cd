#!/usr/bin/env python3
"""Validate JSON documents against the schemas in schemas/ (JSON Schema draft 2020-12).

    scripts/validate-json.py check.schema.json output.json [schema file ...]

Arguments come in pairs: a schema (a file name in schemas/, or a path) and a document ("-" reads
standard input). Every schema in schemas/ is loaded, so their references to each other resolve.
Prints each problem as "document: where: message" and exits 1 when there is one.
Needs the jsonschema module (Debian's python3-jsonschema, or `pip install jsonschema`), 4.x.
"""
import json
import os
import sys

try:
    import jsonschema
except ImportError:
    sys.exit("validate-json.py: Python's jsonschema module is missing: apt-get install python3-jsonschema, or pip install jsonschema")

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "schemas")
Validator = jsonschema.Draft202012Validator


def load_all():
    schemas = {}
    for name in sorted(os.listdir(HERE)):
        if name.endswith(".schema.json"):
            with open(os.path.join(HERE, name), encoding="utf-8") as f:
                schema = json.load(f)
            Validator.check_schema(schema)
            schemas[schema["$id"]] = schema
            schemas[name] = schema
    return schemas


def validator_for(schema, schemas):
    try:  # jsonschema 4.18 and later
        from referencing import Registry, Resource
        registry = Registry().with_resources(
            (key, Resource.from_contents(value)) for key, value in schemas.items() if key.startswith("urn:"))
        return Validator(schema, registry=registry, format_checker=Validator.FORMAT_CHECKER)
    except ImportError:  # Debian 12's 4.10
        resolver = jsonschema.RefResolver.from_schema(schema, store={k: v for k, v in schemas.items() if k.startswith("urn:")})
        return Validator(schema, resolver=resolver, format_checker=Validator.FORMAT_CHECKER)


def main(args):
    if not args or len(args) % 2:
        sys.exit(__doc__)
    schemas = load_all()
    problems = 0
    for schema_name, document_path in zip(args[0::2], args[1::2]):
        if schema_name in schemas:
            schema = schemas[schema_name]
        elif os.path.isfile(schema_name):
            with open(schema_name, encoding="utf-8") as f:
                schema = json.load(f)
        else:
            names = ", ".join(sorted(k for k in schemas if not k.startswith("urn:")))
            sys.exit(f"validate-json.py: no schema {schema_name}: name one of {names}, or give a path")
        try:
            text = sys.stdin.read() if document_path == "-" else open(document_path, encoding="utf-8").read()
            document = json.loads(text)
        except (OSError, ValueError) as error:
            print(f"{document_path}: cannot be read as JSON: {error}")
            problems += 1
            continue
        for error in sorted(validator_for(schema, schemas).iter_errors(document), key=lambda e: list(e.path)):
            problems += 1
            where = "/".join(str(part) for part in error.absolute_path) or "(top)"
            print(f"{document_path}: {where}: {error.message}")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main(sys.argv[1:])
