// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.5946542958794194) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 2ae27ce51d18bdaae0ed1d00067fbf38b2004ff28390f8dfbf49c689e4c0730d
