#!/usr/bin/env python3
"""Writes the diff rule fixtures under generator-core/src/test/resources/diff/<rule-id>/.

Each fixture is a pair of small OpenAPI documents (base.yaml, revision.yaml) and expected.txt, which lists
the changes the diff must report from base to revision ("expect <id> <LEVEL>") and back ("reverse <id>
<LEVEL>"), nothing more and nothing less. DiffFixturesTest runs them all and checks that every rule in the
registry has one.

Most rules come in families (the same check for a parameter, a request property and a response property),
so the fixtures are written here as families too; the expected ids and levels are spelled out, never
derived from the registry. Run it after changing a family, then review the diff of the fixtures:

    python3 scripts/make-diff-fixtures.py
"""
import copy
import os
import shutil
import sys

import yaml

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'generator-core', 'src', 'test',
                    'resources', 'diff')
FIXTURES = {}


# --- building blocks --------------------------------------------------------------------------------------

def document(paths, schemas=None, security_schemes=None):
    doc = {'openapi': '3.0.3', 'info': {'title': 'fixture', 'version': '1'}, 'paths': paths}
    components = {}
    if schemas:
        components['schemas'] = schemas
    if security_schemes:
        components['securitySchemes'] = security_schemes
    if components:
        doc['components'] = components
    return doc


def ok(schema=None, media='application/json', headers=None):
    response = {'description': 'ok'}
    if schema is not None:
        response['content'] = {media: {'schema': schema}}
    if headers:
        response['headers'] = headers
    return response


ID = {'name': 'id', 'in': 'path', 'required': True, 'schema': {'type': 'string'}}


def get_task(parameters=(), responses=None, **extra):
    operation = {'operationId': 'getTask', 'parameters': [ID, *parameters],
                 'responses': responses or {'200': ok({'type': 'string'})}}
    operation.update(extra)
    return {'/tasks/{id}': {'get': operation}}


def put_task(body_schema, required=True, media='application/json'):
    return {'/tasks/{id}': {'put': {'operationId': 'putTask', 'parameters': [ID],
                                    'requestBody': {'required': required, 'content': {media: {'schema': body_schema}}},
                                    'responses': {'204': {'description': 'done'}}}}}


def with_query(schema, name='q', **extra):
    """GET /tasks/{id} with one query parameter."""
    return document(get_task([dict({'name': name, 'in': 'query', 'schema': schema}, **extra)]))


def with_request_body(schema):
    return document(put_task(schema))


def with_response_body(schema, code='200'):
    return document(get_task(responses={code: ok(schema)}))


def record(properties, required=None):
    schema = {'type': 'object', 'properties': properties}
    if required:
        schema['required'] = required
    return schema


def with_request_property(schema, required=False):
    """PUT /tasks/{id} whose body is the component Task with one property p."""
    return document(put_task({'$ref': '#/components/schemas/Task'}),
                    {'Task': record({'p': schema}, ['p'] if required else None)})


def with_response_property(schema, required=False):
    """GET /tasks/{id} returning the component Task with one property p."""
    return document(get_task(responses={'200': ok({'$ref': '#/components/schemas/Task'})}),
                    {'Task': record({'p': schema}, ['p'] if required else None)})


SITES = {
    'request-parameter': with_query,
    'request-body': with_request_body,
    'request-property': with_request_property,
    'response-body': with_response_body,
    'response-property': with_response_property,
}


def fixture(rule, base, revision, expect, reverse, note):
    """expect and reverse: lists of (id, level); the rule itself must be among expect."""
    assert rule not in FIXTURES, rule
    FIXTURES[rule] = (base, revision, expect, reverse, note)


def single(rule, level, base, revision, reverse_rule, reverse_level, note):
    fixture(rule, base, revision, [(rule, level)], [(reverse_rule, reverse_level)], note)


# --- constraints --------------------------------------------------------------------------------------------

UPPER = ['max', 'max-length', 'max-items', 'max-properties']
KEYWORD = {'max': 'maximum', 'min': 'minimum', 'max-length': 'maxLength', 'min-length': 'minLength',
           'max-items': 'maxItems', 'min-items': 'minItems', 'max-properties': 'maxProperties',
           'min-properties': 'minProperties'}


def constrained(bound, value):
    if bound in ('max', 'min'):
        schema = {'type': 'integer'}
    elif bound in ('max-length', 'min-length'):
        schema = {'type': 'string'}
    elif bound in ('max-items', 'min-items'):
        schema = {'type': 'array', 'items': {'type': 'string'}}
    else:
        schema = {'type': 'object', 'additionalProperties': {'type': 'string'}}
    if value is not None:
        schema[KEYWORD[bound]] = value
    return schema


def bound_level(site, bound, change):
    tighter = {'set': True, 'unset': False, 'increased': bound not in UPPER, 'decreased': bound in UPPER}[change]
    if site.startswith('request'):
        return 'WARN' if change == 'set' else ('ERR' if tighter else 'INFO')
    return 'INFO' if tighter else 'ERR'


OPPOSITE = {'set': 'unset', 'unset': 'set', 'increased': 'decreased', 'decreased': 'increased',
            'added': 'removed', 'removed': 'added', 'changed': 'changed'}
VALUES = {'set': (None, 10), 'unset': (10, None), 'increased': (10, 20), 'decreased': (20, 10)}

WORDS = {'pattern': 'pattern', 'multipleOf': 'multiple-of', 'uniqueItems': 'unique-items'}


def keyword_family(site, build, keyword, base_schema, values, levels):
    """One fixture per change of a keyword (set, unset, changed…), from and to the given values."""
    for change, (before, after) in values.items():
        schemas = [dict(base_schema), dict(base_schema)]
        for schema, value in zip(schemas, (before, after)):
            if value is not None:
                schema[keyword] = value
        back = OPPOSITE[change]
        single(f'{site}-{WORDS[keyword]}-{change}', levels[change], build(schemas[0]), build(schemas[1]),
               f'{site}-{WORDS[keyword]}-{back}', levels[back], f'{keyword} {before} -> {after}')


for site in ['request-parameter', 'request-property', 'response-property']:
    build = SITES[site]
    for bound in KEYWORD:
        for change, (before, after) in VALUES.items():
            back = OPPOSITE[change]
            single(f'{site}-{bound}-{change}', bound_level(site, bound, change),
                   build(constrained(bound, before)), build(constrained(bound, after)),
                   f'{site}-{bound}-{back}', bound_level(site, bound, back),
                   f'{KEYWORD[bound]} {before} -> {after}')
    request = site.startswith('request')
    keyword_family(site, build, 'pattern', {'type': 'string'},
                   {'added': (None, '^[a-z]+$'), 'removed': ('^[a-z]+$', None), 'changed': ('^[a-z]+$', '^[0-9]+$')},
                   {'added': 'ERR', 'removed': 'INFO', 'changed': 'WARN'} if request
                   else {'added': 'INFO', 'removed': 'INFO', 'changed': 'INFO'})
    keyword_family(site, build, 'multipleOf', {'type': 'integer'},
                   {'set': (None, 2), 'unset': (2, None), 'changed': (2, 3)},
                   {'set': 'WARN', 'unset': 'INFO', 'changed': 'WARN'} if request
                   else {'set': 'INFO', 'unset': 'ERR', 'changed': 'WARN'})
    keyword_family(site, build, 'uniqueItems', {'type': 'array', 'items': {'type': 'string'}},
                   {'set': (False, True), 'unset': (True, False)},
                   {'set': 'WARN', 'unset': 'INFO'} if request else {'set': 'INFO', 'unset': 'ERR'})

# --- types and enums ----------------------------------------------------------------------------------------

INT32 = {'type': 'integer', 'format': 'int32'}
INT64 = {'type': 'integer', 'format': 'int64'}
TEXT = {'type': 'string'}
FLAG = {'type': 'boolean'}
for site, build in SITES.items():
    request = site.startswith('request')
    levels = {'changed': 'ERR', 'generalized': 'INFO' if request else 'ERR',
              'specialized': 'ERR' if request else 'INFO'}
    single(f'{site}-type-changed', 'ERR', build(TEXT), build(FLAG), f'{site}-type-changed', 'ERR',
           'string -> boolean')
    single(f'{site}-type-generalized', levels['generalized'], build(INT32), build(INT64),
           f'{site}-type-specialized', levels['specialized'], 'int32 -> int64')
    single(f'{site}-type-specialized', levels['specialized'], build(INT64), build(INT32),
           f'{site}-type-generalized', levels['generalized'], 'int64 -> int32')
    enum_ab = {'type': 'string', 'enum': ['a', 'b']}
    enum_abc = {'type': 'string', 'enum': ['a', 'b', 'c']}
    if request:
        # The enum is a new generated type, so the schema inventory changes too.
        fixture(f'{site}-became-enum', build(TEXT), build(enum_ab),
                [(f'{site}-became-enum', 'ERR'), ('api-schema-added', 'INFO')],
                [(f'{site}-type-generalized', 'INFO'), ('api-schema-removed', 'INFO')], 'string -> string with enum')
    added = f'{site}-enum-value-added'
    removed = 'response-mediatype-enum-value-removed' if site == 'response-body' else f'{site}-enum-value-removed'
    added_level, removed_level = ('INFO', 'ERR') if request else ('WARN', 'INFO')
    single(added, added_level, build(enum_ab), build(enum_abc), removed, removed_level, "enum value 'c' added")
    single(removed, removed_level, build(enum_abc), build(enum_ab), added, added_level, "enum value 'c' removed")

for what, (before, after, level, back, back_level) in {
        'changed': (TEXT, FLAG, 'ERR', 'changed', 'ERR'),
        'generalized': (INT32, INT64, 'ERR', 'specialized', 'INFO'),
        'specialized': (INT64, INT32, 'INFO', 'generalized', 'ERR')}.items():
    single(f'response-header-type-{what}', level,
           document(get_task(responses={'200': ok(TEXT, headers={'X-Count': {'schema': before}})})),
           document(get_task(responses={'200': ok(TEXT, headers={'X-Count': {'schema': after}})})),
           f'response-header-type-{back}', back_level, f'header X-Count: {before} -> {after}')

# --- composition --------------------------------------------------------------------------------------------

ANIMALS = {name: record({'name': TEXT, 'kind': TEXT, name.lower(): TEXT}) for name in ['Cat', 'Dog', 'Bird']}


def ref(name):
    return {'$ref': f'#/components/schemas/{name}'}


def union(keyword, variants, discriminator=None):
    schema = {keyword: [ref(v) for v in variants]}
    if discriminator:
        schema['discriminator'] = discriminator
    return schema


def union_site(site, schema):
    """The union at a body's top level or as property p, in a request or a response."""
    if site == 'request-body':
        return document(put_task(schema), dict(ANIMALS))
    if site == 'response-body':
        return document(get_task(responses={'200': ok(schema)}), dict(ANIMALS))
    schemas = dict(ANIMALS, Task=record({'p': schema}))
    if site == 'request-property':
        return document(put_task(ref('Task')), schemas)
    return document(get_task(responses={'200': ok(ref('Task'))}), schemas)


for site in ['request-body', 'request-property', 'response-body', 'response-property']:
    request = site.startswith('request')
    for keyword, word in [('oneOf', 'one-of'), ('anyOf', 'any-of')]:
        two = union_site(site, union(keyword, ['Cat', 'Dog']))
        three = union_site(site, union(keyword, ['Cat', 'Dog', 'Bird']))
        added_level, removed_level = ('INFO', 'ERR') if request else ('ERR', 'INFO')
        single(f'{site}-{word}-added', added_level, two, three, f'{site}-{word}-removed', removed_level,
               f'{keyword} variant Bird added')
        single(f'{site}-{word}-removed', removed_level, three, two, f'{site}-{word}-added', added_level,
               f'{keyword} variant Bird removed')
    cat_dog = {'cat': '#/components/schemas/Cat', 'dog': '#/components/schemas/Dog'}
    variants = ['Cat', 'Dog']
    plain = union_site(site, union('oneOf', variants))
    by_kind = union_site(site, union('oneOf', variants, {'propertyName': 'kind', 'mapping': cat_dog}))
    by_name = union_site(site, union('oneOf', variants, {'propertyName': 'name', 'mapping': cat_dog}))
    more = union_site(site, union('oneOf', variants, {'propertyName': 'kind',
                                                       'mapping': dict(cat_dog, puppy='#/components/schemas/Dog')}))
    pet_cat = union_site(site, union('oneOf', variants, {'propertyName': 'kind',
                                                          'mapping': dict(cat_dog, pet='#/components/schemas/Cat')}))
    pet_dog = union_site(site, union('oneOf', variants, {'propertyName': 'kind',
                                                          'mapping': dict(cat_dog, pet='#/components/schemas/Dog')}))
    d = f'{site}-discriminator'
    single(f'{d}-added', 'INFO', plain, by_kind, f'{d}-removed', 'INFO', 'discriminator kind added')
    single(f'{d}-removed', 'INFO', by_kind, plain, f'{d}-added', 'INFO', 'discriminator kind removed')
    single(f'{d}-property-name-changed', 'WARN', by_kind, by_name, f'{d}-property-name-changed', 'WARN',
           'discriminator kind -> name')
    single(f'{d}-mapping-added', 'INFO', by_kind, more, f'{d}-mapping-deleted', 'INFO', "mapping 'puppy' added")
    single(f'{d}-mapping-deleted', 'INFO', more, by_kind, f'{d}-mapping-added', 'INFO', "mapping 'puppy' deleted")
    single(f'{d}-mapping-changed', 'WARN', pet_cat, pet_dog, f'{d}-mapping-changed', 'WARN',
           "mapping 'pet' moves from Cat to Dog")

# --- properties ---------------------------------------------------------------------------------------------


def request_task(properties, required=None):
    return document(put_task(ref('Task')), {'Task': record(properties, required)})


def response_task(properties, required=None):
    return document(get_task(responses={'200': ok(ref('Task'))}), {'Task': record(properties, required)})


NAME = {'name': TEXT}
NAME_P = {'name': TEXT, 'p': TEXT}
single('new-required-request-property', 'ERR', request_task(NAME), request_task(NAME_P, ['p']),
       'request-property-removed', 'WARN', 'required property p added')
single('new-optional-request-property', 'INFO', request_task(NAME), request_task(NAME_P),
       'request-property-removed', 'WARN', 'optional property p added')
single('request-property-removed', 'WARN', request_task(NAME_P), request_task(NAME),
       'new-optional-request-property', 'INFO', 'optional property p removed')
single('response-required-property-added', 'INFO', response_task(NAME), response_task(NAME_P, ['p']),
       'response-required-property-removed', 'ERR', 'required property p added')
single('response-optional-property-added', 'INFO', response_task(NAME), response_task(NAME_P),
       'response-optional-property-removed', 'WARN', 'optional property p added')
single('response-required-property-removed', 'ERR', response_task(NAME_P, ['p']), response_task(NAME),
       'response-required-property-added', 'INFO', 'required property p removed')
single('response-optional-property-removed', 'WARN', response_task(NAME_P), response_task(NAME),
       'response-optional-property-added', 'INFO', 'optional property p removed')

for direction, build in [('request', request_task), ('response', response_task)]:
    request = direction == 'request'
    required_level, optional_level = ('ERR', 'INFO') if request else ('INFO', 'ERR')
    single(f'{direction}-property-became-required', required_level, build(NAME_P), build(NAME_P, ['p']),
           f'{direction}-property-became-optional', optional_level, 'p becomes required')
    single(f'{direction}-property-became-optional', optional_level, build(NAME_P, ['p']), build(NAME_P),
           f'{direction}-property-became-required', required_level, 'p becomes optional')
    nullable = {'name': TEXT, 'p': dict(TEXT, nullable=True)}
    nullable_level, not_nullable_level = ('INFO', 'ERR') if request else ('ERR', 'INFO')
    single(f'{direction}-property-became-nullable', nullable_level, build(NAME_P), build(nullable),
           f'{direction}-property-became-not-nullable', not_nullable_level, 'p may be null')
    single(f'{direction}-property-became-not-nullable', not_nullable_level, build(nullable), build(NAME_P),
           f'{direction}-property-became-nullable', nullable_level, 'p may no longer be null')
    deprecated = {'name': TEXT, 'p': dict(TEXT, deprecated=True)}
    single(f'{direction}-property-deprecated', 'INFO', build(NAME_P), build(deprecated),
           f'{direction}-property-reactivated', 'INFO', 'p deprecated')
    single(f'{direction}-property-reactivated', 'INFO', build(deprecated), build(NAME_P),
           f'{direction}-property-deprecated', 'INFO', 'p no longer deprecated')
    defaults = {v: {'name': TEXT, 'p': dict(TEXT, default=v)} for v in ['x', 'y']}
    single(f'{direction}-property-default-value-added', 'INFO', build(NAME_P), build(defaults['x']),
           f'{direction}-property-default-value-removed', 'INFO', 'default x added')
    single(f'{direction}-property-default-value-removed', 'INFO', build(defaults['x']), build(NAME_P),
           f'{direction}-property-default-value-added', 'INFO', 'default x removed')
    single(f'{direction}-property-default-value-changed', 'INFO', build(defaults['x']), build(defaults['y']),
           f'{direction}-property-default-value-changed', 'INFO', 'default x -> y')

RW_LEVEL = {('request', 'required', 'not-read-only'): 'ERR', ('response', 'required', 'write-only'): 'ERR',
            ('response', 'required', 'not-write-only'): 'WARN'}
for direction, build in [('request', request_task), ('response', response_task)]:
    for requiredness in ['optional', 'required']:
        required = ['p'] if requiredness == 'required' else None
        for flag, became, unbecame in [('readOnly', 'read-only', 'not-read-only'),
                                       ('writeOnly', 'write-only', 'not-write-only')]:
            plain = build(NAME_P, required)
            flagged = build({'name': TEXT, 'p': dict(TEXT, **{flag: True})}, required)
            on = f'{direction}-{requiredness}-property-became-{became}'
            off = f'{direction}-{requiredness}-property-became-{unbecame}'
            on_level = RW_LEVEL.get((direction, requiredness, became), 'INFO')
            off_level = RW_LEVEL.get((direction, requiredness, unbecame), 'INFO')
            single(on, on_level, plain, flagged, off, off_level, f'p becomes {flag}')
            single(off, off_level, flagged, plain, on, on_level, f'p is no longer {flag}')

# --- endpoints, parameters, bodies, responses, headers ------------------------------------------------------

TASK = get_task()
DELETE = {'delete': {'operationId': 'deleteTask', 'parameters': [ID], 'responses': {'204': {'description': 'done'}}}}
OTHER = {'/other': {'get': {'operationId': 'getOther', 'responses': {'200': ok(TEXT)}}}}
OTHER_DEPRECATED = {'/other': {'get': dict(OTHER['/other']['get'], deprecated=True)}}
single('endpoint-added', 'INFO', document(TASK), document(dict(TASK, **OTHER)),
       'api-path-removed-without-deprecation', 'ERR', 'GET /other added')
single('api-path-removed-without-deprecation', 'ERR', document(dict(TASK, **OTHER)), document(TASK),
       'endpoint-added', 'INFO', 'GET /other removed')
single('api-path-removed-with-deprecation', 'INFO', document(dict(TASK, **OTHER_DEPRECATED)), document(TASK),
       'endpoint-added', 'INFO', 'deprecated GET /other removed')
with_delete = document({'/tasks/{id}': dict(TASK['/tasks/{id}'], **DELETE)})
with_deprecated_delete = document({'/tasks/{id}': dict(TASK['/tasks/{id}'],
                                                        delete=dict(DELETE['delete'], deprecated=True))})
single('api-removed-without-deprecation', 'ERR', with_delete, document(TASK), 'endpoint-added', 'INFO',
       'DELETE /tasks/{id} removed, GET stays')
single('api-removed-with-deprecation', 'INFO', with_deprecated_delete, document(TASK), 'endpoint-added', 'INFO',
       'deprecated DELETE /tasks/{id} removed, GET stays')
single('endpoint-deprecated', 'INFO', document(TASK), document(get_task(deprecated=True)),
       'endpoint-reactivated', 'INFO', 'GET /tasks/{id} deprecated')
single('endpoint-reactivated', 'INFO', document(get_task(deprecated=True)), document(TASK),
       'endpoint-deprecated', 'INFO', 'GET /tasks/{id} no longer deprecated')
renamed = copy.deepcopy(TASK)
renamed['/tasks/{id}']['get']['operationId'] = 'fetchTask'
single('api-operation-id-removed', 'INFO', document(TASK), document(renamed), 'api-operation-id-removed', 'INFO',
       'operationId getTask -> fetchTask')
single('api-tag-added', 'INFO', document(TASK), document(get_task(tags=['tasks'])), 'api-tag-removed', 'INFO',
       'tag tasks added')
single('api-tag-removed', 'INFO', document(get_task(tags=['tasks'])), document(TASK), 'api-tag-added', 'INFO',
       'tag tasks removed')

Q = {'name': 'q', 'in': 'query', 'schema': TEXT}
Q_REQUIRED = dict(Q, required=True)
Q_DEPRECATED = dict(Q, deprecated=True)
single('new-required-request-parameter', 'ERR', document(TASK), document(get_task([Q_REQUIRED])),
       'request-parameter-removed', 'WARN', 'required query parameter q added')
single('new-optional-request-parameter', 'INFO', document(TASK), document(get_task([Q])),
       'request-parameter-removed', 'WARN', 'optional query parameter q added')
single('request-parameter-removed', 'WARN', document(get_task([Q])), document(TASK),
       'new-optional-request-parameter', 'INFO', 'query parameter q removed')
single('request-parameter-removed-with-deprecation', 'INFO', document(get_task([Q_DEPRECATED])), document(TASK),
       'new-optional-request-parameter', 'INFO', 'deprecated query parameter q removed')
single('request-parameter-became-required', 'ERR', document(get_task([Q])), document(get_task([Q_REQUIRED])),
       'request-parameter-became-optional', 'INFO', 'q becomes required')
single('request-parameter-became-optional', 'INFO', document(get_task([Q_REQUIRED])), document(get_task([Q])),
       'request-parameter-became-required', 'ERR', 'q becomes optional')
single('request-parameter-deprecated', 'INFO', document(get_task([Q])), document(get_task([Q_DEPRECATED])),
       'request-parameter-reactivated', 'INFO', 'q deprecated')
single('request-parameter-reactivated', 'INFO', document(get_task([Q_DEPRECATED])), document(get_task([Q])),
       'request-parameter-deprecated', 'INFO', 'q no longer deprecated')
q_default = {v: dict(Q, schema=dict(TEXT, default=v)) for v in ['x', 'y']}
single('request-parameter-default-value-added', 'ERR', document(get_task([Q])), document(get_task([q_default['x']])),
       'request-parameter-default-value-removed', 'ERR', 'default x added')
single('request-parameter-default-value-removed', 'ERR', document(get_task([q_default['x']])), document(get_task([Q])),
       'request-parameter-default-value-added', 'ERR', 'default x removed')
single('request-parameter-default-value-changed', 'ERR', document(get_task([q_default['x']])),
       document(get_task([q_default['y']])), 'request-parameter-default-value-changed', 'ERR', 'default x -> y')
list_q = {'name': 'q', 'in': 'query', 'schema': {'type': 'array', 'items': TEXT}}
single('request-parameter-serialization-changed', 'WARN', document(get_task([list_q])),
       document(get_task([dict(list_q, style='spaceDelimited', explode=False)])),
       'request-parameter-serialization-changed', 'WARN', 'form, exploded -> spaceDelimited')
by_task_id = {'/tasks/{taskId}': {'get': dict(TASK['/tasks/{id}']['get'],
                                               parameters=[dict(ID, name='taskId')])}}
single('request-path-parameter-renamed', 'INFO', document(TASK), document(by_task_id),
       'request-path-parameter-renamed', 'INFO', 'path parameter id renamed taskId')
undeclared = {'/tasks/{id}': {'get': dict(TASK['/tasks/{id}']['get'], parameters=[])}}
single('new-request-path-parameter', 'ERR', document(undeclared), document(TASK),
       'request-parameter-removed', 'WARN', 'the path parameter the template names is now declared')

BODY = put_task(ref('Task'))
BODY_SCHEMAS = {'Task': record(NAME)}
no_body = copy.deepcopy(BODY)
del no_body['/tasks/{id}']['put']['requestBody']
optional_body = put_task(ref('Task'), required=False)
single('request-body-added-required', 'ERR', document(no_body, BODY_SCHEMAS), document(BODY, BODY_SCHEMAS),
       'request-body-removed', 'ERR', 'a required body added')
single('request-body-added-optional', 'INFO', document(no_body, BODY_SCHEMAS), document(optional_body, BODY_SCHEMAS),
       'request-body-removed', 'ERR', 'an optional body added')
single('request-body-removed', 'ERR', document(BODY, BODY_SCHEMAS), document(no_body, BODY_SCHEMAS),
       'request-body-added-required', 'ERR', 'the body removed')
single('request-body-became-required', 'ERR', document(optional_body, BODY_SCHEMAS), document(BODY, BODY_SCHEMAS),
       'request-body-became-optional', 'INFO', 'the body becomes required')
single('request-body-became-optional', 'INFO', document(BODY, BODY_SCHEMAS), document(optional_body, BODY_SCHEMAS),
       'request-body-became-required', 'ERR', 'the body becomes optional')
two_media = copy.deepcopy(BODY)
two_media['/tasks/{id}']['put']['requestBody']['content']['application/xml'] = {'schema': ref('Task')}
single('request-body-media-type-added', 'INFO', document(BODY, BODY_SCHEMAS), document(two_media, BODY_SCHEMAS),
       'request-body-media-type-removed', 'ERR', 'application/xml added')
single('request-body-media-type-removed', 'ERR', document(two_media, BODY_SCHEMAS), document(BODY, BODY_SCHEMAS),
       'request-body-media-type-added', 'INFO', 'application/xml removed')
no_schema = copy.deepcopy(BODY)
no_schema['/tasks/{id}']['put']['requestBody']['content']['application/json'] = {}
single('request-body-media-type-schema-added', 'ERR', document(no_schema, BODY_SCHEMAS), document(BODY, BODY_SCHEMAS),
       'request-body-media-type-schema-removed', 'INFO', 'the JSON body gets a schema')
single('request-body-media-type-schema-removed', 'INFO', document(BODY, BODY_SCHEMAS),
       document(no_schema, BODY_SCHEMAS), 'request-body-media-type-schema-added', 'ERR', 'the JSON body loses its schema')

with_201 = get_task(responses={'200': ok(TEXT), '201': ok(TEXT)})
with_404 = get_task(responses={'200': ok(TEXT), '404': {'description': 'not found'}})
single('response-success-status-added', 'INFO', document(TASK), document(with_201),
       'response-success-status-removed', 'ERR', '201 added')
single('response-success-status-removed', 'ERR', document(with_201), document(TASK),
       'response-success-status-added', 'INFO', '201 removed')
single('response-non-success-status-added', 'INFO', document(TASK), document(with_404),
       'response-non-success-status-removed', 'INFO', '404 added')
single('response-non-success-status-removed', 'INFO', document(with_404), document(TASK),
       'response-non-success-status-added', 'INFO', '404 removed')
xml_too = get_task(responses={'200': {'description': 'ok', 'content': {'application/json': {'schema': TEXT},
                                                                      'application/xml': {'schema': TEXT}}}})
single('response-media-type-added', 'INFO', document(TASK), document(xml_too),
       'response-media-type-removed', 'ERR', 'application/xml added')
single('response-media-type-removed', 'ERR', document(xml_too), document(TASK),
       'response-media-type-added', 'INFO', 'application/xml removed')
schemaless = get_task(responses={'200': {'description': 'ok', 'content': {'application/json': {}}}})
single('response-body-media-type-schema-added', 'INFO', document(schemaless), document(TASK),
       'response-body-media-type-schema-removed', 'WARN', 'the JSON response gets a schema')
single('response-body-media-type-schema-removed', 'WARN', document(TASK), document(schemaless),
       'response-body-media-type-schema-added', 'INFO', 'the JSON response loses its schema')


def with_header(**header):
    return document(get_task(responses={'200': ok(TEXT, headers={'X-Count': dict({'schema': INT32}, **header)})}))


single('response-header-added', 'INFO', document(TASK), with_header(), 'optional-response-header-removed', 'WARN',
       'header X-Count added')
single('optional-response-header-removed', 'WARN', with_header(), document(TASK), 'response-header-added', 'INFO',
       'optional header X-Count removed')
single('required-response-header-removed', 'ERR', with_header(required=True), document(TASK),
       'response-header-added', 'INFO', 'required header X-Count removed')
single('response-header-became-optional', 'ERR', with_header(required=True), with_header(),
       'response-header-became-required', 'INFO', 'X-Count becomes optional')
single('response-header-became-required', 'INFO', with_header(), with_header(required=True),
       'response-header-became-optional', 'ERR', 'X-Count becomes required')

# --- security and schemas -----------------------------------------------------------------------------------

API_KEY = {'type': 'apiKey', 'in': 'header', 'name': 'X-Key'}


def oauth(authorization='https://auth.example.com/authorize', token='https://auth.example.com/token',
          scopes=('read', 'write')):
    return {'type': 'oauth2', 'flows': {'authorizationCode': {
        'authorizationUrl': authorization, 'tokenUrl': token, 'scopes': {s: s + ' tasks' for s in scopes}}}}


def secured(requirements, schemes=None):
    return document(get_task(security=requirements), security_schemes=schemes or {'key': API_KEY, 'oauth': oauth()})


KEY_ONLY = [{'key': []}]
KEY_OR_READ = [{'key': []}, {'oauth': ['read']}]
KEY_OR_READ_WRITE = [{'key': []}, {'oauth': ['read', 'write']}]
single('api-security-added', 'WARN', secured(KEY_ONLY), secured(KEY_OR_READ), 'api-security-removed', 'WARN',
       'oauth added as an alternative')
single('api-security-removed', 'WARN', secured(KEY_OR_READ), secured(KEY_ONLY), 'api-security-added', 'WARN',
       'oauth no longer accepted')
single('api-security-scope-added', 'WARN', secured(KEY_OR_READ), secured(KEY_OR_READ_WRITE),
       'api-security-scope-removed', 'INFO', 'oauth needs write too')
single('api-security-scope-removed', 'INFO', secured(KEY_OR_READ_WRITE), secured(KEY_OR_READ),
       'api-security-scope-added', 'WARN', 'oauth no longer needs write')
KEY_SCHEMES = {'key': API_KEY}
BOTH_SCHEMES = {'key': API_KEY, 'oauth': oauth()}
single('api-security-component-added', 'INFO', secured(KEY_ONLY, KEY_SCHEMES), secured(KEY_ONLY, BOTH_SCHEMES),
       'api-security-component-removed', 'INFO', 'scheme oauth defined')
single('api-security-component-removed', 'INFO', secured(KEY_ONLY, BOTH_SCHEMES), secured(KEY_ONLY, KEY_SCHEMES),
       'api-security-component-added', 'INFO', 'scheme oauth no longer defined')
in_query = {'key': dict(API_KEY, **{'in': 'query'})}
single('api-security-component-type-changed', 'WARN', secured(KEY_ONLY, KEY_SCHEMES), secured(KEY_ONLY, in_query),
       'api-security-component-type-changed', 'WARN', 'the key moves from a header to the query')
single('api-security-component-oauth-url-changed', 'INFO', secured(KEY_ONLY),
       secured(KEY_ONLY, {'key': API_KEY, 'oauth': oauth(authorization='https://login.example.com/authorize')}),
       'api-security-component-oauth-url-changed', 'INFO', 'the authorization URL changes')
single('api-security-component-oauth-token-url-changed', 'INFO', secured(KEY_ONLY),
       secured(KEY_ONLY, {'key': API_KEY, 'oauth': oauth(token='https://login.example.com/token')}),
       'api-security-component-oauth-token-url-changed', 'INFO', 'the token URL changes')
three_scopes = {'key': API_KEY, 'oauth': oauth(scopes=('read', 'write', 'admin'))}
single('api-security-component-oauth-scope-added', 'INFO', secured(KEY_ONLY), secured(KEY_ONLY, three_scopes),
       'api-security-component-oauth-scope-removed', 'INFO', 'scope admin added')
single('api-security-component-oauth-scope-removed', 'INFO', secured(KEY_ONLY, three_scopes), secured(KEY_ONLY),
       'api-security-component-oauth-scope-added', 'INFO', 'scope admin removed')

single('api-schema-added', 'INFO', document(TASK), document(TASK, {'Unused': record(NAME)}),
       'api-schema-removed', 'INFO', 'a component nothing refers to added')
single('api-schema-removed', 'INFO', document(TASK, {'Unused': record(NAME)}), document(TASK),
       'api-schema-added', 'INFO', 'a component nothing refers to removed')

# --- changes that must not be reported at WARN or above -----------------------------------------------------

reordered = response_task({'p': TEXT, 'name': TEXT}, ['p', 'name'])
fixture('safe-reordered-properties', response_task(NAME_P, ['name', 'p']), reordered, [], [],
        'properties and required listed in another order: no change at all')
two_ops = dict(get_task([Q, dict(Q, name='r')]), **OTHER)
two_ops_reordered = {'/other': OTHER['/other'], '/tasks/{id}': get_task([dict(Q, name='r'), Q])['/tasks/{id}']}
fixture('safe-reordered-paths-and-parameters', document(two_ops), document(two_ops_reordered), [], [],
        'paths and parameters listed in another order: no change at all')
documented = get_task([dict(Q, description='the query', example='abc')], summary='Get a task',
                      description='Gets a task.', responses={'200': ok(dict(TEXT, description='the task',
                                                                               example='t-1'))})
fixture('safe-documentation-only', document(get_task([Q])), document(documented), [], [],
        'summaries, descriptions and examples added: no change at all')
fixture('safe-optional-response-property', response_task(NAME), response_task(NAME_P),
        [('response-optional-property-added', 'INFO')], [('response-optional-property-removed', 'WARN')],
        'an optional response property is the canonical safe change')
fixture('safe-header-name-case', with_header(), document(get_task(
    responses={'200': ok(TEXT, headers={'x-count': {'schema': INT32}})})), [], [],
    'HTTP header names ignore case')
node = {'Node': record({'name': TEXT, 'children': {'type': 'array', 'items': ref('Node')}})}
node_labelled = {'Node': record({'name': TEXT, 'label': TEXT, 'children': {'type': 'array', 'items': ref('Node')}})}
fixture('safe-recursive-type', document(get_task(responses={'200': ok(ref('Node'))}), node),
        document(get_task(responses={'200': ok(ref('Node'))}), node_labelled),
        [('response-optional-property-added', 'INFO')], [('response-optional-property-removed', 'WARN')],
        'a change in a recursive type is reported once, at its shortest path')
read_only_enum = {'name': TEXT, 'state': {'type': 'string', 'readOnly': True, 'enum': ['a', 'b']}}
read_only_enum_less = {'name': TEXT, 'state': {'type': 'string', 'readOnly': True, 'enum': ['a']}}
fixture('safe-read-only-property-in-request', request_task(read_only_enum), request_task(read_only_enum_less), [], [],
        'clients do not send read-only properties: narrowing one cannot break a request')


# --- writing ------------------------------------------------------------------------------------------------

class Dumper(yaml.SafeDumper):
    def ignore_aliases(self, data):
        return True


def dump(doc):
    return yaml.dump(doc, Dumper=Dumper, sort_keys=False, default_flow_style=None, width=120, allow_unicode=True)


def main():
    if os.path.isdir(ROOT):
        shutil.rmtree(ROOT)
    for rule, (base, revision, expect, reverse, note) in sorted(FIXTURES.items()):
        directory = os.path.join(ROOT, rule)
        os.makedirs(directory)
        with open(os.path.join(directory, 'base.yaml'), 'w') as out:
            out.write(dump(base))
        with open(os.path.join(directory, 'revision.yaml'), 'w') as out:
            out.write(dump(revision))
        with open(os.path.join(directory, 'expected.txt'), 'w') as out:
            out.write(f'# {note}\n')
            for rule_id, level in expect:
                out.write(f'expect {rule_id} {level}\n')
            for rule_id, level in reverse:
                out.write(f'reverse {rule_id} {level}\n')
    print(f'{len(FIXTURES)} fixtures written to {os.path.normpath(ROOT)}', file=sys.stderr)


if __name__ == '__main__':
    main()
