// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.8094655147828735) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 f0eb383ae688af2de40ac6f60961e98f52f8e24f35bc99e8f0f970d0a2dc9c41
