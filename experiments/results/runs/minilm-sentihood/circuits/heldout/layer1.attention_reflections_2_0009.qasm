// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.064338636786433) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 977cb1a073b2869659ab84123d63953a4ddae353fd948636683a2217cc9b58a8
