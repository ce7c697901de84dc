// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(3.0354293979294544) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 9179712d6f8d81598b5c087e0a1255e31924237759bf31c79e7f580f12c6bdf2
