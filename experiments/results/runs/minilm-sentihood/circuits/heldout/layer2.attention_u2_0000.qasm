// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.29065100287585866) q[0];
ry(1.2419363855009673) q[0];
rz(-0.09630682949394131) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 0fd29bf44930cbf4fedd6f274cb1c08cd514152ef0910df078bdc04788af68d4
