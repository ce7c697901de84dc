// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.34652790767467767) q[0];
ry(2.881618349972219) q[0];
rz(0.3357520940226393) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 3b96a5da2a31c5c1a7edfca2ccd5ebe65db3c1ab6feaae1c14003b4455228ab0
