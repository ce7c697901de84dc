// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.0293399089317274) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 75c9640476e196ab59b00087266c05aa62fed83ea354dbadd634310e5de49f4d
