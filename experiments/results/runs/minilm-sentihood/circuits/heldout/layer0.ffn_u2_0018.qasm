// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.16100461817016942) q[0];
ry(1.9812660502484332) q[0];
rz(0.06471775654476142) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 6cf3c28770aa8d7c5bf2b8ef2fd07442052efda05d1dc91e8fb6589fbfea4946
