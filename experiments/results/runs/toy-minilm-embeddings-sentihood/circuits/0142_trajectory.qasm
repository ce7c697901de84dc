// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.0850387879941374) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 4e31c406223e72e60cddcfbd46debe4c8416c76146727c8f2b1aa487342bdfa3
