// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.1452239376238538) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 a3379b0fbb9fadf6f016b506b2fa67be61f6a4e49021f89cfcad449e6c1d927a
