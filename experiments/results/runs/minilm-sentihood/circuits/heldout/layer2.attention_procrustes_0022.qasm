// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.6333716608630858) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 fb8524cffad0cc6176ab8dae252d9af61240b495ec74f20cd21eecef3712f013
