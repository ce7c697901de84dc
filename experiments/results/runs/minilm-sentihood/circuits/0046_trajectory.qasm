// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.2538620500167412) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 352df2cb090b89db822532299e25d6c98a24a2e37fc45e81d41103fc5a015746
