/* fp-share.c — the report by e-mail, through the desktop's portal
 *
 * Copyright 2026 The Futureproof authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The report is drawn into a file of our own cache folder and handed, as an
 * open file, to org.freedesktop.portal.Email: the person's e-mail program
 * opens a new message with it attached, and they send it or not. Futureproof
 * itself sends nothing anywhere. Where there is no portal (no session bus,
 * no desktop portal) the call fails, and the window offers to export the
 * report instead.
 */

#define G_LOG_DOMAIN "fp-share"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <gio/gunixfdlist.h>
#include <glib/gstdio.h>
#include <unistd.h>

#include "fp-kb.h"
#include "fp-output.h"
#include "fp-report.h"
#include "fp-share.h"

#ifdef GDK_WINDOWING_X11
#include <gdk/x11/gdkx.h>
#endif

#define PORTAL_BUS  "org.freedesktop.portal.Desktop"
#define PORTAL_PATH "/org/freedesktop/portal/desktop"
#define EMAIL_IFACE "org.freedesktop.portal.Email"

/* The report as a file in our cache folder, the one shared before it
 * replaced; its path. */
static char *
write_report (FpAssessment *assessment,
              GError      **error)
{
  g_autofree char *dir = g_build_filename (g_get_user_cache_dir (), "futureproof", "share", NULL);
  g_autofree char *name = fp_report_suggest_name (assessment);
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr (GBytes) pdf = NULL;
  g_autoptr (GDir) old = NULL;
  const char *entry;

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno), "%s: %s", dir, g_strerror (saved_errno));
      return NULL;
    }
  /* Only the latest report stays. */
  old = g_dir_open (dir, 0, NULL);
  while (old != NULL && (entry = g_dir_read_name (old)) != NULL)
    {
      g_autofree char *stale = g_build_filename (dir, entry, NULL);

      g_unlink (stale);
    }

  pdf = fp_report_render (assessment);
  if (!fp_output_write_file (path, g_bytes_get_data (pdf, NULL), g_bytes_get_size (pdf), error))
    return NULL;
  return g_steal_pointer (&path);
}

/* The window as the portal names a parent: X11's window id, else none. */
static char *
parent_handle (GtkWindow *parent)
{
#ifdef GDK_WINDOWING_X11
  GdkSurface *surface = parent != NULL ? gtk_native_get_surface (GTK_NATIVE (parent)) : NULL;

  if (surface != NULL && GDK_IS_X11_SURFACE (surface))
    return g_strdup_printf ("x11:%lx", (unsigned long) gdk_x11_surface_get_xid (surface));
#endif
  return g_strdup ("");
}

static void
compose_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr (GTask) task = user_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (GVariant) reply = g_dbus_connection_call_with_unix_fd_list_finish (G_DBUS_CONNECTION (source), NULL,
                                                                                result, &error);

  if (reply == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_boolean (task, TRUE);
}

/* Asks the portal for a new message in the report's language, with the
 * report (open at @fd) attached. */
static void
compose (GDBusConnection *bus,
         GTask           *task,
         const char      *parent,
         FpAssessment    *assessment,
         int              fd)
{
  FpLang lang = fp_assessment_get_lang (assessment);
  g_autoptr (GUnixFDList) fds = g_unix_fd_list_new ();
  g_autoptr (GError) error = NULL;
  GVariantBuilder options;
  int             handle = g_unix_fd_list_append (fds, fd, &error);

  if (handle < 0)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      g_object_unref (task);
      return;
    }
  g_variant_builder_init (&options, G_VARIANT_TYPE_VARDICT);
  g_variant_builder_add (&options, "{sv}", "subject", g_variant_new_string (fp_kb_phrase ("share_subject", lang)));
  g_variant_builder_add (&options, "{sv}", "body", g_variant_new_string (fp_kb_phrase ("share_body", lang)));
  g_variant_builder_add (&options, "{sv}", "attachment_fds", g_variant_new_fixed_array (G_VARIANT_TYPE_HANDLE, &handle, 1, sizeof (gint32)));
  g_dbus_connection_call_with_unix_fd_list (bus, PORTAL_BUS, PORTAL_PATH, EMAIL_IFACE, "ComposeEmail",
                                            g_variant_new ("(sa{sv})", parent, &options), G_VARIANT_TYPE ("(o)"),
                                            G_DBUS_CALL_FLAGS_NONE, -1, fds, g_task_get_cancellable (task),
                                            compose_cb, task);
}

/**
 * fp_share_report_async:
 * @parent: (nullable): the window asking
 * @assessment: what the report shows
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when the e-mail program has the report, or could not
 * @user_data: for @callback
 *
 * Draws the report and hands it to the person's e-mail program as an
 * attachment of a new message.
 */
void
fp_share_report_async (GtkWindow          *parent,
                       FpAssessment       *assessment,
                       GCancellable       *cancellable,
                       GAsyncReadyCallback callback,
                       gpointer            user_data)
{
  GTask *task = g_task_new (parent, cancellable, callback, user_data);
  g_autoptr (GError) error = NULL;
  g_autoptr (GDBusConnection) bus = NULL;
  g_autofree char *path = NULL;
  g_autofree char *handle = parent_handle (parent);
  int              fd;

  g_task_set_source_tag (task, fp_share_report_async);
  bus = g_bus_get_sync (G_BUS_TYPE_SESSION, cancellable, &error);
  if (bus != NULL)
    path = write_report (assessment, &error);
  fd = path != NULL ? g_open (path, O_RDONLY | O_CLOEXEC, 0) : -1;
  if (fd < 0)
    {
      if (error == NULL)
        g_set_error (&error, G_IO_ERROR, g_io_error_from_errno (errno), "%s: %s", path, g_strerror (errno));
      g_task_return_error (task, g_steal_pointer (&error));
      g_object_unref (task);
      return;
    }

  /* The list takes a copy of the descriptor. */
  compose (bus, task, handle, assessment, fd);
  close (fd);
}

gboolean
fp_share_report_finish (GAsyncResult *result,
                        GError      **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
