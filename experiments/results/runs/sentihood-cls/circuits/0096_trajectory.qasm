// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.4281926079413794) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 95850b4cb7e3138bab5bc27f6add33325e68bc82c4099cb015173d63960e753d
