// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.42358999156343424) q[0];
ry(0.5919184048205508) q[0];
rz(-0.35804902844183895) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 b134c5b659e1fd923def13376ea9b16b5121c38466e5e674fd6981ed4a991648
