// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.489132617809896) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 76342c6e5621df5555e863b2bb8c531cb9a37de1dca9106c47ce24083dc3f43f
