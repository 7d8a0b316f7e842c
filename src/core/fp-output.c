/* fp-output.c — writing a file so that nothing is lost
 *
 * Copyright 2026 The Futureproof authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The data is written whole to a hidden file beside the target, checked,
 * synced and only then renamed over it: a full disk, an error or an
 * interruption leaves the earlier file as it was and no hidden file behind.
 */

#define G_LOG_DOMAIN "fp-output"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "fp-output.h"

/* The hidden file being written, for fp_output_remove_pending() to remove
 * from a signal handler: a fixed buffer, since the handler may not allocate. */
static char pending[PATH_MAX];

static void
set_pending (const char *tmp)
{
  if (tmp == NULL || strlen (tmp) >= sizeof pending)
    pending[0] = '\0';
  else
    memcpy (pending, tmp, strlen (tmp) + 1);
}

/**
 * fp_output_remove_pending:
 *
 * Removes the hidden file a write is under way to, if any. Safe to call from
 * a signal handler (it only calls unlink()).
 */
void
fp_output_remove_pending (void)
{
  if (pending[0] != '\0')
    unlink (pending);
}

static gboolean
write_all (int         fd,
           const char *data,
           gsize       length)
{
  while (length > 0)
    {
      ssize_t n = write (fd, data, length);

      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        {
          if (n == 0)
            errno = ENOSPC;
          return FALSE;
        }
      data += n;
      length -= (gsize) n;
    }

  return TRUE;
}

/**
 * fp_output_write_file:
 * @path: the file to write, as the person named it
 * @data: what to write
 * @length: its length in bytes
 * @error: return location for a #GError in %G_IO_ERROR
 *
 * Writes @data to @path atomically. An existing file keeps its permissions;
 * a new one gets 0644 less the umask, as a word processor's documents do: a
 * report quotes a few CV lines, but it is a document the person saves in
 * order to pass it on, and their folder's permissions guard it.
 *
 * Returns: whether @path now holds @data; on failure it holds what it held
 */
gboolean
fp_output_write_file (const char *path,
                      const void *data,
                      gsize       length,
                      GError    **error)
{
  g_autofree char *dir = NULL;
  g_autofree char *tmp = NULL;
  g_autofree char *target = NULL;
  struct stat      st;
  gboolean         existed;
  int              fd, e = 0;

  g_return_val_if_fail (path != NULL, FALSE);

  /* Through a symbolic link, the file it points at is replaced, not the link. */
  target = g_file_test (path, G_FILE_TEST_IS_SYMLINK) ? realpath (path, NULL) : NULL;
  if (target == NULL)
    target = g_strdup (path);
  existed = g_stat (target, &st) == 0;
  if (existed && S_ISDIR (st.st_mode))
    e = EISDIR;
  else
    {
      dir = g_path_get_dirname (target);
      tmp = g_build_filename (dir, ".futureproof-XXXXXX", NULL);
      fd = g_mkstemp_full (tmp, O_RDWR | O_CLOEXEC, 0644);
      if (fd < 0)
        e = errno;
      else
        {
          set_pending (tmp);
          if ((existed && fchmod (fd, st.st_mode & 07777) != 0) || !write_all (fd, data, length) || fsync (fd) != 0)
            e = errno;
          if (close (fd) != 0 && e == 0)
            e = errno;
          if (e == 0 && g_rename (tmp, target) != 0)
            e = errno;
          if (e != 0)
            g_unlink (tmp);
          set_pending (NULL);
        }
    }

  if (e != 0)
    {
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (e),
                   /* Translators: the first %s is a file name, the second the reason */
                   _ ("“%s” could not be written: %s"), path, g_strerror (e));
      return FALSE;
    }

  return TRUE;
}

/**
 * fp_output_is_input:
 * @output: the file to write
 * @inputs: (array zero-terminated=1): the files to read
 *
 * Returns: whether @output is one of @inputs, by any name (the same device
 *   and inode), so that writing it would destroy an input
 */
gboolean
fp_output_is_input (const char        *output,
                    const char *const *inputs)
{
  struct stat out, in;

  g_return_val_if_fail (output != NULL, FALSE);

  if (g_stat (output, &out) != 0)
    return FALSE;
  for (guint i = 0; inputs != NULL && inputs[i] != NULL; i++)
    if (g_stat (inputs[i], &in) == 0 && in.st_dev == out.st_dev && in.st_ino == out.st_ino)
      return TRUE;

  return FALSE;
}
