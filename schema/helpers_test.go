package schema_test

import (
	"bytes"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/santhosh-tekuri/jsonschema/v6/kind"

	"github.com/jichitai-sec/policy/schema"
)

// noFetch is the validator's loader: every published schema is
// self-contained, so any fetch is a failure.
type noFetch struct{}

func (noFetch) Load(url string) (any, error) {
	return nil, fmt.Errorf("schema: the validator tried to fetch %s: a published file must be self-contained", url)
}

var (
	compileOnce sync.Once
	compiled    map[string]*jsonschema.Schema
	compileErr  error
)

// validators compiles every published schema, each alone and with format
// assertions on, with github.com/santhosh-tekuri/jsonschema/v6 (which
// checks each against its meta-schema as it compiles it).
func validators(t testing.TB) map[string]*jsonschema.Schema {
	t.Helper()
	compileOnce.Do(func() {
		compiled = map[string]*jsonschema.Schema{}
		for _, name := range schema.Schemas() {
			b, err := schema.File(name)
			if err != nil {
				compileErr = err
				return
			}
			doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(b))
			if err != nil {
				compileErr = fmt.Errorf("%s: %w", name, err)
				return
			}
			c := jsonschema.NewCompiler()
			c.DefaultDraft(jsonschema.Draft2020)
			c.AssertFormat()
			c.UseLoader(noFetch{})
			id := schema.Base + name
			if err := c.AddResource(id, doc); err != nil {
				compileErr = fmt.Errorf("%s: %w", name, err)
				return
			}
			sch, err := c.Compile(id)
			if err != nil {
				compileErr = fmt.Errorf("%s: %w", name, err)
				return
			}
			compiled[name] = sch
		}
	})
	if compileErr != nil {
		t.Fatal(compileErr)
	}
	return compiled
}

// validate validates the JSON text b against the published schema named
// name. The instance is read as the validator's users read it
// (jsonschema.UnmarshalJSON, encoding/json underneath): a repeated member
// name keeps its last value, as in every JSON Schema tool.
func validate(t testing.TB, name string, b []byte) error {
	t.Helper()
	v, err := jsonschema.UnmarshalJSON(bytes.NewReader(b))
	if err != nil {
		return err
	}
	return validators(t)[name].Validate(v)
}

// locations returns the instance locations, as JSON Pointers, of every
// error in the tree of err: each error's own location and, for the
// keywords that report at the containing value, the member or item they
// name (a missing or unknown member, the second of two equal items).
func locations(err error) []string {
	var out []string
	walkErrors(err, func(e *jsonschema.ValidationError) {
		at := pointer(e.InstanceLocation)
		switch k := e.ErrorKind.(type) {
		case *kind.Schema, *kind.Group, *kind.Reference:
		case *kind.Required:
			out = append(out, at)
			for _, m := range k.Missing {
				out = append(out, at+"/"+escape(m))
			}
		case *kind.AdditionalProperties:
			for _, m := range k.Properties {
				out = append(out, at+"/"+escape(m))
			}
		case *kind.UniqueItems:
			out = append(out, at, at+"/"+strconv.Itoa(k.Duplicates[1]))
		default:
			out = append(out, at)
		}
	})
	slices.Sort(out)
	return slices.Compact(out)
}

// missing returns the locations of the members err reports missing.
func missing(err error) []string {
	var out []string
	walkErrors(err, func(e *jsonschema.ValidationError) {
		if k, ok := e.ErrorKind.(*kind.Required); ok {
			for _, m := range k.Missing {
				out = append(out, pointer(e.InstanceLocation)+"/"+escape(m))
			}
		}
	})
	return out
}

// walkErrors calls f on every validation error in the tree of err, causes
// after their error.
func walkErrors(err error, f func(*jsonschema.ValidationError)) {
	var ve *jsonschema.ValidationError
	if !errors.As(err, &ve) {
		return
	}
	var walk func(e *jsonschema.ValidationError)
	walk = func(e *jsonschema.ValidationError) {
		f(e)
		for _, c := range e.Causes {
			walk(c)
		}
	}
	walk(ve)
}

func pointer(tokens []string) string {
	var b strings.Builder
	for _, t := range tokens {
		b.WriteByte('/')
		b.WriteString(escape(t))
	}
	return b.String()
}

func escape(tok string) string {
	return strings.ReplaceAll(strings.ReplaceAll(tok, "~", "~0"), "/", "~1")
}
