// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.4314375201439895) q[0];
ry(2.268429943670481) q[0];
rz(0.28754335596440805) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 3c098ffdd5bca7d796d3cf165769b14f8cb0222da4292ce15cb6ccd0be80525a
