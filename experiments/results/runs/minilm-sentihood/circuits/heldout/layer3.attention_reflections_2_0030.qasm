// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.9094988060070506) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 fd37ec09872920dd58b34ad5009327a523671814fcdb77e3934d641f9b397beb
