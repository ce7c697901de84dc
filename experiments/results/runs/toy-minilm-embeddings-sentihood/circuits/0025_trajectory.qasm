// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.6113956722581905) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 98c92e04f914f19a794038530ca31311041aab1cddf1668950afb6c2d55f0617
