// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.196518448641628) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 0715666172b00a974bc5c8f8c2f79c41c10323a48370207d77f377721562256d
