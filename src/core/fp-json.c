/* fp-json.c — JSON written the same way every time
 *
 * Copyright 2026 The Futureproof authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * json-glib writes 0.605 as 0.60499999999999998. Our JSON is read by people
 * and compared byte for byte by tests, so numbers are written as short as
 * they round-trip to what we computed (we round to at most four decimals).
 */

#define G_LOG_DOMAIN "fp-json"

#include "config.h"

#include "fp-json.h"

static void
write_string (GString    *out,
              const char *s)
{
  g_string_append_c (out, '"');
  for (const char *p = s; *p != '\0'; p++)
    {
      guchar c = (guchar) *p;

      switch (c)
        {
        case '"':
          g_string_append (out, "\\\"");
          break;
        case '\\':
          g_string_append (out, "\\\\");
          break;
        case '\n':
          g_string_append (out, "\\n");
          break;
        case '\t':
          g_string_append (out, "\\t");
          break;
        case '\r':
          g_string_append (out, "\\r");
          break;
        default:
          if (c < 0x20)
            g_string_append_printf (out, "\\u%04x", c);
          else
            g_string_append_c (out, (char) c);
          break;
        }
    }
  g_string_append_c (out, '"');
}

static void
indent (GString *out,
        int      level,
        gboolean pretty)
{
  if (!pretty)
    return;
  g_string_append_c (out, '\n');
  for (int i = 0; i < level; i++)
    g_string_append (out, "  ");
}

static void
write_node (GString  *out,
            JsonNode *node,
            int       level,
            gboolean  pretty)
{
  switch (json_node_get_node_type (node))
    {
    case JSON_NODE_OBJECT:
      {
        JsonObject *object = json_node_get_object (node);
        g_autoptr (GList) members = json_object_get_members (object);

        g_string_append_c (out, '{');
        for (GList *l = members; l != NULL; l = l->next)
          {
            indent (out, level + 1, pretty);
            write_string (out, l->data);
            g_string_append (out, pretty ? ": " : ":");
            write_node (out, json_object_get_member (object, l->data), level + 1, pretty);
            if (l->next != NULL)
              g_string_append_c (out, ',');
          }
        if (members != NULL)
          indent (out, level, pretty);
        g_string_append_c (out, '}');
      }
      break;

    case JSON_NODE_ARRAY:
      {
        JsonArray *array = json_node_get_array (node);
        guint      n = json_array_get_length (array);

        g_string_append_c (out, '[');
        for (guint i = 0; i < n; i++)
          {
            indent (out, level + 1, pretty);
            write_node (out, json_array_get_element (array, i), level + 1, pretty);
            if (i + 1 < n)
              g_string_append_c (out, ',');
          }
        if (n > 0)
          indent (out, level, pretty);
        g_string_append_c (out, ']');
      }
      break;

    case JSON_NODE_NULL:
      g_string_append (out, "null");
      break;

    case JSON_NODE_VALUE:
    default:
      {
        GType type = json_node_get_value_type (node);

        if (type == G_TYPE_STRING)
          write_string (out, json_node_get_string (node));
        else if (type == G_TYPE_BOOLEAN)
          g_string_append (out, json_node_get_boolean (node) ? "true" : "false");
        else if (type == G_TYPE_DOUBLE || type == G_TYPE_FLOAT)
          {
            char buf[G_ASCII_DTOSTR_BUF_SIZE];

            g_string_append (out, g_ascii_formatd (buf, sizeof buf, "%.10g", json_node_get_double (node)));
          }
        else
          g_string_append_printf (out, "%" G_GINT64_FORMAT, json_node_get_int (node));
      }
      break;
    }
}

/**
 * fp_json_to_string:
 * @node: JSON
 * @pretty: whether to indent it
 *
 * Returns: (transfer full): @node as text, members in the order they were
 *   added, numbers without binary noise
 */
char *
fp_json_to_string (JsonNode *node,
                   gboolean  pretty)
{
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (node != NULL, NULL);

  write_node (out, node, 0, pretty);
  return g_string_free (out, FALSE);
}
