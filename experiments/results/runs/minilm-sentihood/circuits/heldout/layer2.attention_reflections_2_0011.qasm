// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.1965183236641384) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 78cfcd76908607729bf51a3be9d4d781bd96ba20f62eff043c1b8239038cd881
