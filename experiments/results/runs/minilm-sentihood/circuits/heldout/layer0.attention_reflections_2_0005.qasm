// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.3843586733596434) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 c5566b8dc868bc4ee8299117f45b882e72ca739d5ba6b065cb9cad6b765a8e69
