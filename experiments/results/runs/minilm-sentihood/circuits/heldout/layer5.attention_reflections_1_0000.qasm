// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.2526446750476299) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 239d48992c281ceb474bed64766b28231a38782373b87f69606026e76682bc88
