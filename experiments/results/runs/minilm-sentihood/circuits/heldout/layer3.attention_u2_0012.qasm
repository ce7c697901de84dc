// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.2226456262071581) q[0];
ry(1.1498482113980895) q[0];
rz(-0.09224993419641025) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 02347e7770fad2e0cc6106203268e3e383e4dab69f195d4983ddb4d3ee7523d5
