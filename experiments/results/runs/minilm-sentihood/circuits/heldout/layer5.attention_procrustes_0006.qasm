// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.472628251416879) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 813e59cffebad6d8e961b35fcac3f388caa0caff10d21c9d8dc80a9ee0c1540f
