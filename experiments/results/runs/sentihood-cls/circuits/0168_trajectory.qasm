// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.8751922997943584) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 d85181e89335a5ed55aeb8afb350e657407934a948db9b571dd7f69c86496e60
