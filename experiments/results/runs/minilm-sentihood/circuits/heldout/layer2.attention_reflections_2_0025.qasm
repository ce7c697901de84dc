// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.5978811990441816) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 dc6fcaff9dc2bd92c49c2ec58908f1784602a5556db6390278ef96a44b7e980d
