// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.7878933947862733) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 6c820644211dbfcd3ffcc046a72a82469ae9067f17defa010d277de2401bf5c7
