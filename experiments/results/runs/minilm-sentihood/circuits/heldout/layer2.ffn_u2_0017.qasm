// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.3320227994415581) q[0];
ry(1.1005626784989275) q[0];
rz(-0.1549683579221024) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 c01dcb9800269e6649f040e2293b5e6121046744302728041b04e0eb8a5d55fb
