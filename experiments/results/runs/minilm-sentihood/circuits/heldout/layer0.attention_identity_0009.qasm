// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.037887942918188) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 080c31ebde69649bceb8898702a88035ae7c868b2885300ae7f7cac030770747
