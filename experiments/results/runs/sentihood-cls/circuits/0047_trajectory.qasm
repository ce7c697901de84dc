// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.6236024795593336) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 77a08a84188f44a8566838d050a9069acaa0670a1d48d72009b9ae23bdc36260
