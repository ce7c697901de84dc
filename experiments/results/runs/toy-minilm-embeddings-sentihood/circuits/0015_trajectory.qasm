// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.206997311522225) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 12f17f27d57428e06aa5fc016582bc3a267b171fa5b6cc9f352f017596aadb83
