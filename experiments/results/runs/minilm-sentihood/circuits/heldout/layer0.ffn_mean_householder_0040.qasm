// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-0.9623728291416364) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 710c883a4691f4cff5efa1f7ff7ded2a50c02b457c8d7bdeeceb3cafbedae03d
