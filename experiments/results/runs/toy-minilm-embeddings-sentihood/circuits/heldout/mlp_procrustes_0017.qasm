// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.3006852734162172) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 b131520943eeb825730bd1b97b41691b0968027d27fa3336a2e4acee2ff7a01e
