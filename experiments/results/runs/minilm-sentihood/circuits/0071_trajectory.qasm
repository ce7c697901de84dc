// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.7331808207856374) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 9ed3dfbdb5084d98cdecd4266958ad2796f0c38b2d867929bb2fe67148bc42dc
